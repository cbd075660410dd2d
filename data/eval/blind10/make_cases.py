#!/usr/bin/env python3
"""Write cases.jsonl, case_refs.json and case_meta.json for the blind10 store.

Usage: python3 data/eval/blind10/make_cases.py   (writes next to this file; deterministic)

Each case is (kind, turns, expect, forbid, turn_refs[, absent]). turn_refs gives, per turn, the
SKU / FAQ id / order id that turn is about (None where a turn is about nothing in the store);
case_refs.json holds the last one (None for missing). case_meta.json keeps turn_refs and, for
missing cases, the terms that must not occur anywhere in the catalog; check.py uses both.
"""
import json
import os

C = []


def case(kind, turns, expect, forbid, refs, absent=None):
    if isinstance(turns, str):
        turns = [turns]
    if isinstance(refs, (str, type(None))):
        refs = [refs]
    C.append({"kind": kind, "turns": turns, "expect": expect, "forbid": forbid, "refs": refs,
              "absent": absent or []})


# ---------------------------------------------------------------- price (15)
case("price", "how much are the kauri 10-47 acoustic strings?", ["18.90"], ["19.90", "15.90"], "KS-PB1047")
case("price", "price on 11-52 electric strings pls", ["16.90"], ["15.90"], "KS-NI1152")
case("price", "hi there, what do the 1mm grip picks cost? the nylon ones", ["8.50"], ["7.90", "8.20"], "FL-GRIP-100")
case("price", "How much is the silver trigger capo", ["26.90"], ["24.90"], "FL-CAPO-SLV")
case("price", "whats the price of a 20ft guitar lead, straight ends both sides", ["32.90"], ["36.90", "24.90"], "TA-INS-6M")
case("price", "how much for a pair of 5B sticks with nylon tips?", ["24.50"], ["22.50", "23.90"], "PK-5B-N")
case("price", "I need a new 13 inch coated batter head for my floor tom... what's it cost", ["31.90"],
     ["29.90", "33.90"], "PK-HD-C13")
case("price", "concert uke price? the mahogany one", ["109.00"], ["89.00", "129.00"], "MU-MAH-CON")
case("price", "How much is your full size violin outfit? my daughter's 13 and has outgrown her 3/4",
     ["429.00"], ["349.00", "369.00"], "AO-VN-44")
case("price", "price for the double brace keyboard stand?", ["89.00"], ["59.00"], "KY-XS2")
case("price", "how much is the dm58 mic", ["119.00"], ["229.00", "169.00"], "TA-DM58")
case("price", "what do the hp-40 headphones go for these days", ["189.00"], ["94.90", "69.90"], "TA-HP40")
case("price", "Piano Pathways grade 3 book - how much is it?", ["25.90"], ["21.90", "23.90"], "MP-PNO-G3")
case("price", "how much is a box of alto sax reeds, strength 3", ["46.90"], ["44.90", "36.90"], "SR-AS-30")
case("price", "cost of the pitchwise pedal tuner? the pt5", ["79.00"], ["19.90", "39.90"], "PW-PT5")

# ---------------------------------------------------------------- stock (15)
case("stock", "do you have the .73 grip picks in stock?", ["out of stock"], [], "FL-GRIP-073")
case("stock", "is the 6m right angle cable available at the moment", ["out of stock"], [], "TA-INS-6M-RA")
case("stock", "got any 7A wood tip sticks in?", ["in stock"], [], "PK-7A-W")
case("stock", "sixteen inch coated drum head - do you have one in stock? need it for saturday", ["out of stock"],
     [], "PK-HD-C16")
case("stock", "hi, is the mahogany tenor ukulele in stock", ["out of stock"], [], "MU-MAH-TEN")
case("stock", "is the half size violin outfit in stock", ["out of stock"], [], "AO-VN-12")
case("stock", "Is the 1/4 size violin available? my son is 6 and just starting", ["in stock"], [], "AO-VN-14")
case("stock", "do u have the sp3 piano style sustain pedal in stock", ["out of stock"], [], "KY-SP3")
case("stock", "single brace keyboard stand, any in stock?", ["in stock"], [], "KY-XS1")
case("stock", "Is the podcaster usb mic in stock? want it for zoom lessons", ["out of stock"], [], "TA-USB1")
case("stock", "IE1 in ear monitors - are they in stock", ["out of stock"], [], "TA-IE1")
case("stock", "clarinet reeds strength 2.5, got some in stock?", ["in stock"], ["out of stock", "not in stock"],
     "SR-CL-25")
case("stock", "hey is the kowhai woven strap in stock? want it for a birthday present", ["in stock"], [],
     "FL-STRAP-KWH")
case("stock", "Do you have Piano Pathways grade 2 in stock", ["out of stock"], [], "MP-PNO-G2")
case("stock", "do you have the 12-53 acoustic strings in stock? need 3 packs", ["in stock"], [], "KS-PB1253")

# ---------------------------------------------------------------- attribute (10)
case("attribute", "what gauge are the light phosphor bronze strings?", ["12-53"], ["10-47", "13-56"], "KS-PB1253")
case("attribute", "how thick are the heavy celluloid picks", ["0.96"], ["0.71", "0.46"], "FL-CEL-HVY")
case("attribute", "whats the impedance on the hp20s? want to use them with my phone", ["32"], ["250"], "TA-HP20")
case("attribute", "what's the diameter of the 5B wood tip sticks", ["15.1"], ["14.4", "13.7"], "PK-5B-W")
case("attribute", "what is the scale length on the concert uke", ["38"], ["33cm", "43cm"], "MU-MAH-CON")
case("attribute", "does the 3/4 violin outfit come with a case and bow or are they extra?", ["case", "bow"], [],
     "AO-VN-34")
case("attribute", "what connection does the podcaster mic have, usb-c or micro usb?", ["USB-C"], [], "TA-USB1")
case("attribute", "how high does the orchestral music stand go", ["125"], [], "KY-MS-ORCH")
case("attribute", "is the koa tenor uke strung high g or low g", ["low G"], [], "MU-KOA-TEN")
case("attribute", "how wide is the tan leather strap", ["6.5"], [], "FL-STRAP-LTH")

# ---------------------------------------------------------------- followup (20)
case("followup", ["how much is the 3/4 violin outfit?", "and the half size?"], ["369.00"], ["349.00", "429.00"],
     ["AO-VN-34", "AO-VN-12"])
case("followup", ["hey do you sell trigger capos", "how much is the black one?"], ["24.90"], [],
     ["FL-CAPO-BLK", "FL-CAPO-BLK"])
case("followup", ["price on the 12 inch coated drum head?", "is it in stock?"], ["in stock"], [],
     ["PK-HD-C12", "PK-HD-C12"])
case("followup", ["how much are the 7a nylon tip sticks", "cool, do you have them in stock"], ["in stock"], [],
     ["PK-7A-N", "PK-7A-N"])
case("followup", ["what does the tenor mahogany uke cost", "can I come get one today, is it in stock?"],
     ["out of stock"], [], ["MU-MAH-TEN", "MU-MAH-TEN"])
case("followup", ["looking at the HP-20 headphones, how much are they?", "what about the HP-40s?"], ["189.00"], [],
     ["TA-HP20", "TA-HP40"])
case("followup", ["how much are clarinet reeds, strength 3?", "and alto sax ones, same strength?"], ["46.90"],
     ["44.90"], ["SR-CL-30", "SR-AS-30"])
case("followup", ["hi! whats the price of a 3m instrument cable", "ok and a 6 metre one?"], ["32.90"], [],
     ["TA-INS-3M", "TA-INS-6M"])
case("followup", ["do you have 14 inch clear drum heads?", "how much are they?"], ["32.90"], [],
     ["PK-HD-K14", "PK-HD-K14"])
case("followup", ["how much is the clip on tuner", "does it take batteries? what kind"], ["CR2032"], [],
     ["PW-CT1", "PW-CT1"])
case("followup", ["price of piano pathways grade 1?", "and grade 2?", "is grade 2 in stock"], ["out of stock"],
     [], ["MP-PNO-G1", "MP-PNO-G2", "MP-PNO-G2"])
case("followup", ["do you guys sell ukuleles", "how much is the soprano"], ["89.00"], [],
     [None, "MU-MAH-SOP"])
case("followup", ["whats the price of the 10-46 electric strings", "and the 9s?"], ["15.90"], ["16.90"],
     ["KS-NI1046", "KS-NI0942"])
case("followup", ["how much is the cm100 condenser", "what polar pattern is it"], ["cardioid"], [],
     ["TA-CM100", "TA-CM100"])
case("followup", ["I'm after a sustain pedal, how much is the sp-1?", "is that one in stock?"], ["in stock"], [],
     ["KY-SP1", "KY-SP1"])
case("followup", ["hi, where is my order?", "it's HM-20377 and my email is priya.naidu@example.co.nz"],
     ["NZ Post"], [], [None, "HM-20377"])
case("followup", ["what do the 0.88mm grip picks cost", "how many come in a pack?"], ["12"], [],
     ["FL-GRIP-088", "FL-GRIP-088"])
case("followup", ["how much is a 1/4 violin", "hmm we might rent instead, how much is violin rental a month?"],
     ["22"], [], ["AO-VN-14", "violin-rental"])
case("followup", ["is the dm-58 in stock?", "how much is it", "and do you have a cable for it? about 5m long"],
     ["29.90"], [], ["TA-DM58", "TA-DM58", "TA-XLR-5M"])
case("followup", ["how much is the tan leather strap", "nice, is it in stock?"], ["in stock"], [],
     ["FL-STRAP-LTH", "FL-STRAP-LTH"])

# ---------------------------------------------------------------- faq (20)
case("faq", "how much is shipping within nz?", ["7.50"], [], "shipping-nz")
case("faq", "whats the minimum spend for free shipping", ["150"], [], "shipping-nz")
case("faq", "I'm on a rural delivery address (RD 2 Motueka), is there an extra charge?", ["5.50"], [],
     "rural-delivery")
case("faq", "do you ship to australia? I'm in melbourne", ["29"], [], "shipping-australia")
case("faq", "can i return something if i change my mind? how long do i have", ["30 days"], ["60 days"], "returns")
case("faq", "I opened a pack of strings and they're the wrong gauge, can I return them", ["sealed"], [],
     "hygiene-returns")
case("faq", "can i return clarinet reeds i've opened? bought the wrong strength", ["hygiene"], [],
     "hygiene-returns")
case("faq", "whats the warranty on a ukulele", ["2 year"], [], "warranty")
case("faq", "my keyboard stand arrived with a bent leg, what do i do?", ["7 days"], [], "damaged-in-transit")
case("faq", "do you do guitar setups for guitars bought somewhere else? how much", ["75"], [], "setup-service")
case("faq", "if we rent a violin and then decide to buy it, does the rent we paid count towards it?", ["100%"],
     [], "violin-rental")
case("faq", "how much are lessons? thinking drum lessons for my 10yo", ["38"], [], "lessons")
case("faq", "can i trade in my old acoustic guitar", ["store credit"], [], "trade-ins")
case("faq", "do you sell gift cards, and how long are they valid for?", ["3 years"], [], "gift-cards")
case("faq", "can I order online and pick up in store? where are you exactly", ["Trafalgar"], [], "click-collect")
case("faq", "do you do laybuy?", ["6 weekly"], [], "afterpay-laybuy")
case("faq", "will you match a cheaper price from another shop in chch?", ["identical"], [], "price-match")
case("faq", "the bridge on my violin fell over, can you fix it and how long does it usually take", ["5-7"], [],
     "repairs")
case("faq", "whats your phone number", ["548 2291"], [], "contact")
case("faq", "what time do you close on saturdays", ["4pm"], [], "contact")

# ---------------------------------------------------------------- order (12)
case("order", "hi can you tell me where my order is? HM-20418, aroha.tane@example.co.nz", ["process"], [],
     "HM-20418")
case("order", "order HM-20431, email ben.whitaker@example.com - has it been sent yet?", ["process"], [],
     "HM-20431")
case("order", "Hi, checking on order HM-20377 (priya.naidu@example.co.nz). Has it shipped?", ["NZ Post"],
     ["Aramex"], "HM-20377")
case("order", "where's my mic?? order hm-20362, my email liam.oconnor@example.com", ["CourierPost"], ["Aramex"],
     "HM-20362")
case("order", "Kia ora, can I get an update on HM-20355? email is mere.hohaia@example.co.nz", ["Aramex"],
     ["CourierPost"], "HM-20355")
case("order", "sophie.tan@example.com order HM-20291 - did it arrive? I've been away", ["deliver"], ["cancel"],
     "HM-20291")
case("order", "Hi there, order number HM-20288 and email jack.muller@example.co.nz. whats the status", ["deliver"],
     ["cancel"], "HM-20288")
case("order", "status of HM-20240 please, email Hemi.Walker@example.co.nz", ["deliver"], ["cancel"], "HM-20240")
case("order", "what happened to my order HM-20305? grace.li@example.com", ["cancel"], [], "HM-20305")
case("order", "hey can u check order HM-20196 for me, tom.fraser@example.co.nz", ["cancel"], [], "HM-20196")
case("order", "I sent back my headphones, order HM-20150, email olivia.brown@example.com - what's the status now?",
     ["return"], ["cancel"], "HM-20150")
case("order", "order HM-20122 / nikau.parata@example.co.nz — can you check the status pls", ["return"],
     ["cancel"], "HM-20122")

# ---------------------------------------------------------------- missing (8)
case("missing", "do you sell bass guitar strings? after a set of 45-105s", [], ["15.90", "16.90"], None,
     ["bass guitar strings", "bass strings", "45-105"])
case("missing", "have you got any cellos? looking for a 1/2 size cello for my son", [], ["369.00"], None,
     ["cello", "cellos"])
case("missing", "do you sell baritone ukuleles?", [], ["129.00", "279.00"], None, ["baritone"])
case("missing", "how much is a 20 inch bass drum head", [], ["79.90"], None, ['20"', "20 inch", "20-inch"])
case("missing", "do u stock oboe reeds", [], ["36.90", "44.90"], None, ["oboe"])
case("missing", "do you have tenor sax reeds? strength 2.5", [], ["44.90"], None,
     ["tenor sax", "tenor saxophone"])
case("missing", "have u got violas? need a 15 inch one", [], ["429.00", "389.00"], None, ["violas", "viola outfit", "student viola"])
case("missing", "do you sell bluetooth headphones? wireless ones", [], ["94.90", "189.00"], None,
     ["bluetooth", "wireless"])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in C:
            f.write(json.dumps({"turns": c["turns"], "expect": c["expect"], "forbid": c["forbid"],
                                "kind": c["kind"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "case_refs.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump([c["refs"][-1] for c in C], f, indent=1)
        f.write("\n")
    with open(os.path.join(here, "case_meta.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump([{"turn_refs": c["refs"], "absent": c["absent"]} for c in C], f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(C), "cases")


if __name__ == "__main__":
    main()
