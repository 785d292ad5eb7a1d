package policy

import "strings"

// currencySigns open an amount ("$1.9 trillion", "€2 billion").
var currencySigns = map[string]bool{"$": true, "€": true, "£": true, "¥": true, "us$": true, "a$": true, "c$": true,
	"rs": true, "rs.": true, "₹": true, "inr": true}

// currencyWords close one ("1.2 million dollars").
var currencyWords = map[string]bool{
	"dollars": true, "euros": true, "pounds": true, "yen": true, "yuan": true, "rupees": true,
	"francs": true, "pesos": true, "rubles": true, "roubles": true, "won": true, "reais": true,
	"shillings": true, "naira": true, "rand": true, "cedis": true, "rupiah": true, "ringgit": true, "baht": true,
	"lira": true, "zlotys": true, "forints": true, "kronor": true, "kroner": true, "dinars": true, "dirhams": true,
	"riyals": true, "shekels": true,
	"dollar": true, "euro": true, "rupee": true, // attributive: "a 17.9 trillion rupee budget"
}

// scales follow a number ("1.9 trillion").
var scales = map[string]bool{"million": true, "billion": true, "trillion": true, "thousand": true, "m": true, "bn": true,
	"lakh": true, "lakhs": true, "crore": true, "crores": true}

// shares say how much of a fund is meant when no sum is written ("a
// portion of the stimulus").
var shares = [][]string{{"a", "portion", "of"}, {"part", "of"}, {"a", "share", "of"}, {"half", "of"}, {"a", "fraction", "of"}, {"some", "of"}}

// amount is the money c mentions as written, or nil.
func amount(c *cand) *string {
	s := c.s
	for k := c.a; k < c.b; k++ {
		w := s.low[k]
		switch {
		case currencySigns[w] || leadingSign(w) && s.tag(k) == "CD":
			e := k + 1
			for e < c.b && (s.tag(e) == "CD" || scales[s.low[e]] || e == k+1 && startsDigit(s.low[e])) {
				e++
			}
			if e > k+1 || len(w) > 1 {
				return ptr(s.text(k, e))
			}
		case s.tag(k) == "CD":
			e := k + 1
			for e < c.b && (s.tag(e) == "CD" || scales[s.low[e]]) {
				e++
			}
			if e < c.b && currencyWords[s.low[e]] {
				return ptr(s.text(k, e+1))
			}
		}
	}
	if c.kind != Funding && c.kind != Bill && c.kind != Program {
		return nil
	}
	for _, sh := range shares {
		a := c.a - len(sh)
		if a < 0 {
			continue
		}
		ok := true
		for i, w := range sh {
			if s.low[a+i] != w {
				ok = false
				break
			}
		}
		if ok {
			return ptr(s.text(a, c.a))
		}
	}
	return nil
}

// leadingSign reports whether w is an amount written with its currency
// sign: "$5", "£2.4bn", "€5m" (a sign may take more than one byte).
func leadingSign(w string) bool {
	if w == "" || !signStart[w[0]] {
		return false
	}
	for _, sign := range signList {
		if len(w) > len(sign) && strings.HasPrefix(w, sign) && w[len(sign)] >= '0' && w[len(sign)] <= '9' {
			return true
		}
	}
	return false
}

// signList and signStart are currencySigns as a list and the first bytes
// of its signs, so that a word that starts no sign costs one table look-up.
var signList, signStart = func() ([]string, [256]bool) {
	var list []string
	var start [256]bool
	for sign := range currencySigns {
		list = append(list, sign)
		start[sign[0]] = true
	}
	return list, start
}()

// mayBeMoney reports cheaply whether the token can start an amount: a
// number or a currency sign.
func mayBeMoney(w, tag string) bool {
	return tag == "$" || w != "" && signStart[w[0]] || tag == "CD"
}
