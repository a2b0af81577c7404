import type { GuideTranslator } from "./guide-translator";
import { walletLabels } from "@/config/megapay-wallet";
import { PhoneScreen, ScreenButton, ScreenField, ScreenRow, ScreenTiles } from "./phone-screen";

// Sample sums in the drawings: a neutral top-up for «СОчИ», a signature's price for «Оплата ЭЦП».
const sampleSum = { soci: "500", eds: "1510" } as const;

const wallet = "MegaPay";

export function InstallScreen({ t }: { t: GuideTranslator }) {
  return (
    <PhoneScreen label={t("illustration.install")} title="Play Market · App Store">
      <div className="flex items-center gap-2">
        <span className="flex h-10 w-10 items-center justify-center rounded-xl bg-[#006e35] text-[10px] font-bold text-white">
          MP
        </span>
        <span className="font-bold">{wallet}</span>
      </div>
      <ScreenButton text={walletLabels.install} active />
      <ScreenRow />
      <ScreenRow />
    </PhoneScreen>
  );
}

export function MainScreen({ t }: { t: GuideTranslator }) {
  return (
    <PhoneScreen label={t("illustration.main")} title={wallet}>
      <ScreenRow>
        <span className="block h-2 w-20 rounded bg-slate-200" />
      </ScreenRow>
      <ScreenTiles tiles={[{ text: walletLabels.payment, active: true }, {}, {}, {}]} />
    </PhoneScreen>
  );
}

export function CategoryScreen({ t }: { t: GuideTranslator }) {
  return (
    <PhoneScreen label={t("illustration.category")} title={walletLabels.payment}>
      <ScreenRow />
      <ScreenRow />
      <ScreenRow />
      <ScreenRow active hint={t("screen.tapHere")}>
        {walletLabels.other}
      </ScreenRow>
    </PhoneScreen>
  );
}

export function ServicesScreen({ t, pick }: { t: GuideTranslator; pick?: "soci" | "eds" }) {
  const label = pick
    ? t(pick === "soci" ? "illustration.pickSoci" : "illustration.pickEds")
    : t("illustration.services");
  return (
    <PhoneScreen label={label} title={walletLabels.other}>
      <ScreenTiles
        tiles={[
          { text: walletLabels.soci, active: pick !== "eds" },
          { text: walletLabels.eds, active: pick !== "soci" },
          {},
          {},
        ]}
      />
    </PhoneScreen>
  );
}

export function AccountFormScreen({
  t,
  service,
  focus,
}: {
  t: GuideTranslator;
  service: "soci" | "eds";
  focus: "account" | "amount";
}) {
  const sample = service === "soci" ? "01234567890123" : "1234 5678 9012 3456";
  const label =
    focus === "account"
      ? t(service === "soci" ? "illustration.sociForm" : "illustration.edsForm")
      : t("illustration.amount");
  return (
    <PhoneScreen label={label} title={walletLabels[service]}>
      <ScreenField
        label={walletLabels.account}
        value={sample}
        active={focus === "account"}
        hint={t("screen.typeHere")}
      />
      <ScreenField
        label={walletLabels.amount}
        value={sampleSum[service]}
        active={focus === "amount"}
        hint={t("screen.typeHere")}
      />
      <ScreenButton text={walletLabels.pay} active={focus === "amount"} />
    </PhoneScreen>
  );
}

export function DoneScreen({ t, service }: { t: GuideTranslator; service: "soci" | "eds" }) {
  return (
    <PhoneScreen
      label={t(service === "soci" ? "illustration.sociDone" : "illustration.edsDone")}
      title={walletLabels[service]}
    >
      {/* What the wallet writes on success is not known here: a tick and the sum only. */}
      <div className="py-6 text-center text-2xl text-[#006e35]">✓</div>
      <div className="text-center font-mono">{t("screen.sum", { amount: sampleSum[service] })}</div>
    </PhoneScreen>
  );
}

export function FavouritesScreen({ t }: { t: GuideTranslator }) {
  return (
    <PhoneScreen label={t("illustration.favourites")} title={wallet}>
      <div className="py-2 text-center font-bold text-[#006e35]">✓</div>
      <ScreenRow active hint={t("screen.tapHere")}>
        {walletLabels.favourites}
      </ScreenRow>
      <ScreenRow />
    </PhoneScreen>
  );
}
