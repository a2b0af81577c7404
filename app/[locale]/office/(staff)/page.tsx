import { redirect } from "next/navigation";

// The office opens on the payments journal, its first section.
export default async function OfficeHomePage({ params }: PageProps<"/[locale]/office">) {
  const { locale } = await params;
  redirect(`/${locale}/office/payments`);
}
