"use client";

import { useEffect } from "react";

// Opens the print dialog once the page has loaded (an invoice issued at the office is printed
// at once for the client to take).
export function AutoPrint() {
  useEffect(() => {
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, []);
  return null;
}
