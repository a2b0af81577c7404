import { describe, expect, it } from "vitest";
import {
  clientAddressHeader,
  clientAddressProofHeader,
  startClientAddressSigning,
  clientAddressOf,
} from "./client-address-header";

const headersOf = (address: string, proof: string) =>
  new Headers({ [clientAddressHeader]: address, [clientAddressProofHeader]: proof });

describe("the client address's proof", () => {
  const sign = startClientAddressSigning();

  it("accepts the address our server signed, every time", () => {
    const proof = sign("203.0.113.5");
    expect(sign("203.0.113.5")).toBe(proof);
    expect(clientAddressOf(headersOf("203.0.113.5", proof))).toBe("203.0.113.5");
    expect(clientAddressOf(headersOf("203.0.113.5", proof))).toBe("203.0.113.5");
  });

  it("refuses another address with that proof, a made-up proof, and a missing one", () => {
    const proof = sign("203.0.113.5");
    expect(clientAddressOf(headersOf("203.0.113.6", proof))).toBeNull();
    const altered = `${proof.slice(0, -1)}${proof.endsWith("A") ? "B" : "A"}`;
    expect(clientAddressOf(headersOf("203.0.113.5", altered))).toBeNull();
    expect(clientAddressOf(headersOf("203.0.113.5", "short"))).toBeNull();
    expect(clientAddressOf(new Headers({ [clientAddressHeader]: "203.0.113.5" }))).toBeNull();
  });
});
