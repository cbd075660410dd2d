#!/usr/bin/env python3
"""Writes cases.jsonl next to this script. `ref` (sku / faq id / order id) is kept here
for checking only and is not written out."""
import json, os

C = []

def add(kind, turns, expect, forbid=(), ref=None):
    C.append({"turns": list(turns), "expect": list(expect), "forbid": list(forbid), "kind": kind, "_ref": ref})

# ---------------- price (15) ----------------
add("price", ["How much is the Lumacraft Beam 800?"], ["44.99"], ref="LUM-BEAM800")
add("price", ["price of gridlock u16 pls"], ["54.95"], ref="GRD-U16")
add("price", ["Hi there! Could you kindly tell me what the Perch Race 143 saddle costs? Many thanks in advance :)"], ["119.00"], ref="PCH-RACE143")
add("price", ["wrenchly multi tool price?"], ["29.95"], ref="WRN-MULTI19")
add("price", ["how much r the blastair mini x"], ["22.95"], ref="BLS-MINIX")
add("price", ["what's the cost of the merlow city 7 these days"], ["549.99"], ref="MRL-CITY7-CRM")
add("price", ["pacewize nav 530 how much"], ["229.99"], ref="PCW-NAV530")
add("price", ["My daughter turns five next month and we've been thinking about her first proper pedal bike. "
              "A mum at the park swore by the Pippin Kids 16, and I'd like to know what you're selling it for before "
              "I talk it over with my partner."], ["219.95"], ref="PIP-KIDS16-BLU")
add("price", ["velarra strada 28c tyre price?"], ["38.95"], ref="VEL-STR-28")
add("price", ["Good afternoon. I would be most grateful if you could let me know the current price of the Holdfast Tow 3 bike carrier. Kind regards, Graham"], ["349.00"], ref="HLD-TOW3")
add("price", ["how much is the bramble folding bike, the fold 6"], ["749.00"], ref="BRM-FOLD6")
add("price", ["cost of the slickchain dry lube?"], ["8.99"], ref="SLK-DRY120")
add("price", ["shiftwell cassete 11-32 price"], ["64.50"], ref="SHW-CASS1132")
add("price", ["HOW MUCH IS THE TRAVOIS SADDLE PACK"], ["19.99"], ref="TRV-SADDLE12")
add("price", ["what do you charge for the aeris sprout helmet for kids?"], ["34.50"], ref="AER-SPROUT")

# ---------------- stock (15) ----------------
add("stock", ["Do you have the Velarra Strada 700x28c in stock?"], ["40"], ref="VEL-STR-28")
add("stock", ["is the Lumacraft Beam 1500 available at the moment?"], ["out of stock"], ref="LUM-BEAM1500")
add("stock", ["how many velarra 700c presta inner tubes have you got"], ["120"], ref="VEL-TUBE-700")
add("stock", ["any Pippin Balance 12 bikes left? want one for my son's 2nd birthday"], ["out of stock"], ref="PIP-BAL12")
add("stock", ["is the glow r60 rear light in stock"], ["31"], ref="LUM-GLOWR60")
add("stock", ["gridlock chain 10 availble?"], ["out of stock"], ref="GRD-CHAIN10")
add("stock", ["Slickchain dry lube - in stock?"], ["55"], ref="SLK-DRY120")
add("stock", ["can I get the blastair co2 inflator kit right now or is it sold out"], ["out of stock"], ref="BLS-CO2KIT")
add("stock", ["Aeris Halo MIPS helmet in white, have you got it?"], ["14"], ref="AER-HALO-WHT")
add("stock", ["how many pairs of the cadenza gel mitts do you have left"], ["24"], ref="CDZ-GELMITT")
add("stock", ["aeris sprout kids helmet stock level?"], ["22"], ref="AER-SPROUT")
add("stock", ["Hello, is the Pacewise heart rate strap currently available to order?"], ["out of stock"], ref="PCW-HRSTRAP")
add("stock", ["Have you got any of the Travois saddle packs?"], ["27"], ref="TRV-SADDLE12")
add("stock", ["is the slickchain bike wash available"], ["out of stock"], ref="SLK-WASH1L")
add("stock", ["shiftwell 11 speed chain, how many in stock?"], ["21"], ref="SHW-CHAIN11")

# ---------------- attribute (8) ----------------
add("attribute", ["What colours does the Aeris Halo MIPS helmet come in?"], ["white", "black", "mint"], ref="AER-HALO-WHT")
add("attribute", ["what are the rails on the perch race 143 made of?"], ["carbon"], ref="PCH-RACE143")
add("attribute", ["How big is the battery on the Voltaire eCommute 250?"], ["500"], ref="VLT-ECOM250")
add("attribute", ["what wheel size is the fernhill trail x2"], ["29"], ref="FRN-TRAILX2-GRN")
add("attribute", ["How much weight can the Holdfast alloy rear rack take?"], ["25"], ref="HLD-RACK-AL")
add("attribute", ["what fabric are the cadenza enduro bibs made from"], ["polyamide"], ref="CDZ-BIB-ENDURO")
add("attribute", ["How big is the screen on the Pacewise Nav 530?"], ["2.7"], ref="PCW-NAV530")
add("attribute", ["how heavy is the bramble fold 6? I have to carry it up 3 flights of stairs"], ["11.8"], ref="BRM-FOLD6")

# ---------------- followup (12) ----------------
add("followup", ["I like the Fernhill Trail X2 in green, how much is that?", "and the orange one?"], ["849.50"], ref="FRN-TRAILX2-ORG")
add("followup", ["do you sell the Cadenza Breeze jersey?", "what does the coral one cost?"], ["49.00"], ref="CDZ-BREEZE-CRL")
add("followup", ["I'm looking at the Aeris Halo helmet", "is the black one in stock?"], ["out of stock"], ref="AER-HALO-BLK")
add("followup", ["tell me about the Lumacraft Glow R60", "how much is it?"], ["24.50"], ref="LUM-GLOWR60")
add("followup", ["what's the Blastair Track 200 like?", "what pressure does it go up to?"], ["160"], ref="BLS-TRACK200")
add("followup", ["Would the Pippin Kids 16 suit a 5 year old?", "great, is it in stock?"], ["11"], ref="PIP-KIDS16-BLU")
add("followup", ["travois 20 pannier in grey", "is the yellow one in stock?"], ["13"], ref="TRV-P20-YEL")
add("followup", ["Tell me about the Shiftwell 11-32 cassette", "is that for 11 speed?", "ok and how much is it"], ["64.50"], ref="SHW-CASS1132")
add("followup", ["Do you have the Wrenchly Torque 5?", "what torque range does it cover?"], ["14"], ref="WRN-TORQUE5")
add("followup", ["pacewise mini 10 computer", "got any in stock?"], ["19"], ref="PCW-MINI10")
add("followup", ["I'm interested in the Kestrel Road 500 in red", "which frame sizes does it come in?"], ["54", "56"], ref="KST-R500-RED")
add("followup", ["I need new pedals, what's the Shiftwell Clip Pro like?", "does it come with cleats?", "and the price?"], ["79.99"], ref="SHW-CLIPPRO")

# ---------------- faq (20) ----------------
add("faq", ["how long do i have to send something back?"], ["45 days"], ref="returns")
add("faq", ["I returned a helmet to you last week and STILL no money. how long do refunds actually take??"], ["5 working days"], ref="refunds")
add("faq", ["What do you charge for postage? Is there a minimum spend to get it free?"], ["4.95", "60"], ref="delivery")
add("faq", ["need a new tube for the weekend - do you do next day and what does it cost"], ["8.95"], ref="delivery")
add("faq", ["If I order a bike online how much is it to have it delivered to my house?"], ["19.99"], ref="bike-delivery")
add("faq", ["Bonjour, do you ship to France? I'd like some bib shorts"], ["DHL", "14.95"], ref="international")
add("faq", ["what payment options have you got? i dont have a credit card"], ["PayPal", "Apple Pay"], ref="payment")
add("faq", ["is there any way to spread the cost of a big order over a few months?"], ["Klarna"], ref="instalments")
add("faq", ["Thinking about the e-bike but can't pay all at once - do you do interest free finance and for how long?"], ["12 months"], ref="instalments")
add("faq", ["the frame on my fernhill has cracked after 3 yrs of riding, am I covered or is that it?"], ["lifetime"], ref="warranty")
add("faq", ["how long is the e-bike battery guaranteed for"], ["500"], ref="warranty")
add("faq", ["If I buy my brother a gift voucher, how long does he have to use it?"], ["24 months"], ref="gift-cards")
add("faq", ["can i just pick my stuff up from your shop in bristol instead, and how quickly?"], ["2 hours"], ref="click-collect")
add("faq", ["whats your phone number?"], ["0117 496 0321"], ref="contact")
add("faq", ["Ugh, I ordered the wrong size gloves about 20 minutes ago. Can I still change it?"], ["60 minutes"], ref="order-changes")
add("faq", ["The box turned up crushed and the wheel on my new bike is bent!! What now?"], ["72 hours"], ref="damaged")
add("faq", ["I've seen the same lock cheaper on another UK site. Will you match it?"], ["14 days"], ref="price-match")
add("faq", ["how does your points thing work, what are they worth?"], ["100 points"], ref="loyalty")
add("faq", ["how much for a service on my road bike? it's been a couple of years"], ["49", "89"], ref="servicing")
add("faq", ["My employer runs a salary sacrifice bike scheme - can I use it with you?"], ["Cyclescheme"], ref="cycle-to-work")

# ---------------- order (12) ----------------
add("order", ["where's my order SPK-30417? email amy.chen@example.co.uk"], ["SPK-30417", "delivered"], ref="SPK-30417")
add("order", ["Hi, can you check SPK-30588 for me please, my email is tom.okafor@example.com"], ["SPK-30588", "returned"], ref="SPK-30588")
add("order", ["order status spk-31022 priya.nair@example.org"], ["SPK-31022", "delivered"], ref="SPK-31022")
add("order", ["What happened to order SPK-31260? I'm j.whitfield@example.net"], ["SPK-31260", "cancelled"], ref="SPK-31260")
add("order", ["Hello from Milan! My order is SPK-31745 (maria.rossi@example.it), when will it arrive?"], ["SPK-31745", "shipped"], ref="SPK-31745")
add("order", ["has my new bike left yet? SPK-32011, dave.brennan@example.co.uk"], ["SPK-32011", "shipped"], ref="SPK-32011")
add("order", ["I ordered a helmet and a rear light, order number SPK-32390, email sam.patel@example.com. Any news?"], ["SPK-32390", "processing"], ref="SPK-32390")
add("order", ["tracking for SPK-33104 please - hana.kowalski@example.org"], ["SPK-33104", "shipped"], ref="SPK-33104")
add("order", ["Can you tell me where order SPK-32544 is?", "lucy.hart@example.co.uk"], ["SPK-32544", "processing"], ref="SPK-32544")
add("order", ["what's the status of SPK-33512", "the email on it is eve.marsh@example.com"], ["SPK-33512", "returned"], ref="SPK-33512")
add("order", ["where is my order SPK-32876? email is ben.ford@example.co.uk"], [],
    ["shipped", "Evri", "2026-03-26", "merino"], ref="SPK-32876")
add("order", ["check order SPK-33459 for me, owen.jones@example.com"], [],
    ["delivered", "DPD", "pannier"], ref="SPK-33459")

# ---------------- missing (8) ----------------
add("missing", ["How much is the Kestrel Road 700?"], [], ["1249.95", "1,249.95"], ref="KST-R500-RED")
add("missing", ["do you have the Lumacraft Beam 2000 front light"], [], ["44.99", "74.99"], ref="LUM-BEAM800")
add("missing", ["price on the gridlock u20 d-lock?"], [], ["54.95", "84.99"], ref="GRD-U16")
add("missing", ["Is the Aeris Vortex helmet in stock, and how much is it?"], [], ["79.95", "34.50", "189.00"], ref="AER-HALO-WHT")
add("missing", ["pacewise nav 830 cost?"], [], ["229.99", "27.50"], ref="PCW-NAV530")
add("missing", ["blastair track 300 floor pump price"], [], ["39.99", "22.95"], ref="BLS-TRACK200")
add("missing", ["Fernhill Enduro X4 - how much please?"], [], ["899.50", "849.50"], ref="FRN-TRAILX2-GRN")
add("missing", ["what's the price of the voltaire ecargo 400 cargo bike"], [], ["2195.00", "2,195.00"], ref="VLT-ECOM250")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in C:
            f.write(json.dumps({k: v for k, v in c.items() if k != "_ref"}, ensure_ascii=False) + "\n")
    print(len(C), "cases")


if __name__ == "__main__":
    main()
