import { megapayHandler, methodNotAllowed } from "@/server/http/megapay-route";

export const dynamic = "force-dynamic";

export const GET = megapayHandler("soci");
export const POST = GET;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
export const HEAD = methodNotAllowed;
export const OPTIONS = methodNotAllowed;
