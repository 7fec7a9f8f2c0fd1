namespace TypedTranscripts.Figures
{
    /// <summary>
    /// The small words that tell a figure from a change, a level from a comparison, a past result from an outlook.
    /// Registered once with their classes; the stages test tokens against these ids.
    /// </summary>
    internal static class Cues
    {
        private const WordClass R = WordClass.Rise;
        private const WordClass F = WordClass.Fall;
        private const WordClass S = WordClass.Stop;

        public static readonly int Up = Vocabulary.Add("up", R | S);
        public static readonly int From = Vocabulary.Add("from", WordClass.Comparison | S);
        public static readonly int To = Vocabulary.Add("to", S);
        public static readonly int By = Vocabulary.Add("by", S | WordClass.Filler);
        public static readonly int Of = Vocabulary.Add("of", S | WordClass.Level);
        public static readonly int In = Vocabulary.Add("in", S);
        public static readonly int On = Vocabulary.Add("on", S);
        public static readonly int At = Vocabulary.Add("at", S | WordClass.Level);
        public static readonly int For = Vocabulary.Add("for", S);
        public static readonly int Through = Vocabulary.Add("through", S);
        public static readonly int With = Vocabulary.Add("with", S);
        public static readonly int Or = Vocabulary.Add("or", S);
        public static readonly int And = Vocabulary.Add("and", S);
        public static readonly int Than = Vocabulary.Add("than", WordClass.Comparison | S);
        public static readonly int The = Vocabulary.Add("the", S | WordClass.Filler);
        public static readonly int A = Vocabulary.Add("a", S | WordClass.Filler);
        public static readonly int An = Vocabulary.Add("an", S | WordClass.Filler);
        public static readonly int Our = Vocabulary.Add("our", S);
        public static readonly int Gaap = Vocabulary.Add("gaap", S);
        public static readonly int Non = Vocabulary.Add("non", S);
        public static readonly int BasisWord = Vocabulary.Add("basis", S);
        public static readonly int Per = Vocabulary.Add("per", S);
        public static readonly int Share = Vocabulary.Add("share", WordClass.CompoundHead);
        public static readonly int Respectively = Vocabulary.Add("respectively", S);
        public static readonly int Constant = Vocabulary.Add("constant", S);
        public static readonly int Currency = Vocabulary.Add("currency");
        public static readonly int Fx = Vocabulary.Add("fx", S);
        public static readonly int Neutral = Vocabulary.Add("neutral");
        public static readonly int Excluding = Vocabulary.Add("excluding", S);
        public static readonly int Ex = Vocabulary.Add("ex");
        public static readonly int Negative = Vocabulary.Add("negative", S);
        public static readonly int Minus = Vocabulary.Add("minus", S);
        public static readonly int Plus = Vocabulary.Add("plus", S);
        public static readonly int Higher = Vocabulary.Add("higher", R | S);
        public static readonly int Lower = Vocabulary.Add("lower", F | S);
        public static readonly int More = Vocabulary.Add("more", WordClass.Qualifier | S);
        public static readonly int Less = Vocabulary.Add("less", WordClass.Qualifier | S);
        public static readonly int Greater = Vocabulary.Add("greater", WordClass.Qualifier | S);
        public static readonly int Least = Vocabulary.Add("least", WordClass.Qualifier | S);
        public static readonly int Over = Vocabulary.Add("over", WordClass.Qualifier | WordClass.Comparison | S);
        public static readonly int Flat = Vocabulary.Add("flat", S);
        public static readonly int As = Vocabulary.Add("as", S);
        public static readonly int Be = Vocabulary.Add("be", S | WordClass.Level);
        public static readonly int Total = Vocabulary.Add("total", S | WordClass.Level);
        public static readonly int Segment = Vocabulary.Add("segment");
        public static readonly int Business = Vocabulary.Add("business");
        public static readonly int Area = Vocabulary.Add("area");
        public static readonly int Division = Vocabulary.Add("division");
        public static readonly int Side = Vocabulary.Add("side");
        public static readonly int Compared = Vocabulary.Add("compared", WordClass.Comparison | S);
        public static readonly int Similar = Vocabulary.Add("similar", S);
        public static readonly int Consistent = Vocabulary.Add("consistent", S);
        public static readonly int Line = Vocabulary.Add("line");
        public static readonly int Turning = Vocabulary.Add("turning", S);
        public static readonly int Moving = Vocabulary.Add("moving", S);
        public static readonly int Starting = Vocabulary.Add("starting", S);
        public static readonly int Finally = Vocabulary.Add("finally", S);
        public static readonly int Within = Vocabulary.Add("within", S);
        public static readonly int Regard = Vocabulary.Add("regard", S);
        public static readonly int Now = Vocabulary.Add("now", S);
        public static readonly int Company = Vocabulary.Add("company", S);
        public static readonly int Growth = Vocabulary.Add("growth", R | S);

        static Cues()
        {
            foreach (string w in new[] { "increase", "increased", "increases", "increasing", "grew", "grow", "grows", "growing", "rose", "rise", "rises",
                "rising", "improved", "improve", "improves", "improving", "improvement", "expanded", "expand", "expands", "expanding", "expansion", "gain",
                "gained", "gains", "accelerated", "climbed", "jumped", "raised", "raise", "raising", "uptick" })
                Vocabulary.Add(w, R | S);
            foreach (string w in new[] { "down", "decrease", "decreased", "decreases", "decreasing", "declined", "decline", "declines", "declining", "fell", "fall",
                "falling", "lowered", "lowering", "reduced", "reduce", "reduces", "reducing", "reduction", "dropped", "drop", "contracted", "contraction",
                "shrank", "cut", "cutting", "deteriorated", "slowed" })
                Vocabulary.Add(w, F | S);
            foreach (string w in new[] { "versus", "vs", "relative", "against", "compare", "comparing" })
                Vocabulary.Add(w, WordClass.Comparison | S);
            foreach (string w in new[] { "expect", "expects", "expecting", "anticipate", "anticipates", "anticipating", "guidance", "guide", "guiding",
                "outlook", "forecast", "forecasting", "assume", "assumes", "assuming", "projecting", "intend", "intends",
                // "we are targeting", "we remain committed to reaching an operating margin of 10% or better by fiscal 2027"
                "targeting", "committed",
                // "we're planning capital expenditures of about $250 million"; "our plan", "as planned" are not (see MarkForecastActivity)
                "plan", "plans", "planning",
                // "we're reaffirming revenue of $1.70 billion to $1.74 billion", "we reiterate our full-year outlook": an outlook
                // said again is still an outlook ("we reaffirmed", past, reports what was said before)
                "reaffirm", "reaffirms", "reaffirming", "reiterate", "reiterates", "reiterating" })
                Vocabulary.Add(w, WordClass.Forward | S);
            // "will", "should", "going to" look ahead only before a verb of outcome ("will be", "should grow"), not "I will briefly recap".
            // "is expected to be" looks ahead like "will be"; "as expected" does not.
            foreach (string w in new[] { "will", "should", "going", "expected" })
                Vocabulary.Add(w, WordClass.WeakForward | S);
            foreach (string w in new[] { "be", "grow", "increase", "decrease", "decline", "improve", "remain", "continue", "range", "total", "reach",
                "expand", "accelerate", "moderate", "come", "drive", "result", "rise", "fall", "exceed", "stay", "land", "add", "see", "deliver",
                "step", "slow", "reflect", "contribute", "approximate", "trend", "benefit", "decelerate", "improving", "growing", "close" })
                Vocabulary.Add(w, WordClass.OutcomeVerb);
            foreach (string w in new[] { "approximately", "approx", "about", "around", "roughly", "nearly", "almost", "some", "circa", "just", "close", "under",
                "excess", "north", "upwards", "well", "estimated", "little", "slightly", "only", "exceeding", "exceed", "exceeds", "below", "above" })
                Vocabulary.Add(w, WordClass.Qualifier | S);
            foreach (string w in new[] { "headwind", "headwinds", "tailwind", "tailwinds", "impact", "impacts", "benefit", "benefits", "drag", "upside",
                "downside", "outperformance", "reserve", "reserves", "offset", "offsets", "adjustment", "adjustments", "charge-off", "hit", "contribution",
                "effect", "effects", "shortfall", "investment", "investments", "commitment", "acquisition" })
                Vocabulary.Add(w, WordClass.Effect | WordClass.CompoundHead | S);
            foreach (string w in new[] { "enterprise", "commercial", "consumer", "cloud", "services", "service", "provider", "providers", "product", "products",
                "property", "international", "domestic", "annuity", "subscription", "subscriptions", "licensing", "license", "hardware", "software",
                "advertising", "search", "gaming", "retail", "wholesale", "server", "servers", "storage", "mobile", "wireless", "wireline", "government",
                "federal", "data", "center", "centers", "tower", "towers", "fiber", "residential", "premises", "devices", "industrial", "automotive",
                "healthcare", "energy", "consulting", "support", "maintenance", "systems", "solutions", "platform", "platforms", "security", "networking",
                "routing", "switching", "wearables", "accessories", "home" })
                Vocabulary.Add(w, WordClass.SegmentNoun);
            foreach (string w in new[] { "raise", "raising", "raised", "increasing", "lowering", "lowered", "lower", "reducing", "reduced", "reduce", "cutting",
                "cut", "trimming", "trimmed", "narrowing", "tightening" })
                Vocabulary.Add(w, WordClass.Revision);
            foreach (string w in new[] { "guidance", "outlook", "midpoint", "guide", "forecast", "expectations", "expectation" })
                Vocabulary.Add(w, WordClass.OutlookNoun);
            foreach (string w in new[] { "recognition", "deferral", "deferrals", "breakout", "synergies", "synergy", "agreement", "agreements", "model", "strategy",
                "team", "teams", "force", "compensation", "execution", "capacity", "organization", "organizations", "cycle", "opportunity", "opportunities",
                "pipeline", "visibility", "trends", "trend", "quality", "customer", "customers", "budget", "budgets", "leverage", "practices",
                "policy", "engagement", "mark", "profile", "structure", "conversion", "recognized", "sharing", "events", "flow", "flows",
                "paid", "receipts", "taxes", "returned", "generation", "burn", "standpoint", "perspective", "retention" })
                Vocabulary.Add(w, WordClass.CompoundHead);
            foreach (string w in new[] { "includes", "included", "include", "including", "contributed", "contributes", "contribute", "contributing",
                "represented", "represents", "represent", "representing", "comprised", "accounted" })
                Vocabulary.Add(w, WordClass.Part | S);
            foreach (string w in new[] { "was", "were", "is", "are", "totaled", "totalled", "totaling", "totalling", "reached", "came", "landed", "stood",
                "stands", "amounted", "equaled", "equal", "ending", "ended", "finished", "delivered", "posted", "generated", "reported", "achieved", "had" })
                Vocabulary.Add(w, WordClass.Level | S);
            foreach (string w in new[] { "this", "that", "it", "these", "those", "which", "they" })
                Vocabulary.Add(w, WordClass.Anaphor | S);
            foreach (string w in new[] { "strong", "strongly", "slight", "modest", "modestly", "healthy", "solid", "nice", "significant", "significantly",
                "further", "another", "record", "robust", "sharp", "sharply", "meaningful", "meaningfully", "very", "nearly", "approximately", "roughly",
                "about", "around", "just", "over", "only", "additional", "total", "net", "an", "bit", "somewhat" })
                Vocabulary.Add(w, WordClass.Filler);
            foreach (string w in new[] { "we", "us", "i", "you", "also", "both", "each", "all", "new", "core", "adjusted", "organic", "combined", "resulting",
                "overall", "its", "their", "his", "her", "reported", "quarterly", "annual", "annualized", "full", "year", "quarter", "so", "but", "if",
                "looking", "look", "second", "third", "first", "fourth", "here", "there", "then", "when", "while", "where", "what", "how", "other", "higher",
                "lower", "average", "weighted", "yes", "okay", "thanks", "thank", "well", "again", "still", "even", "already", "recently", "launched",
                "continued", "continuing", "excellent", "great", "good", "better", "best", "solid", "rest", "key", "more", "many", "most", "some", "no",
                "not", "into", "out", "after", "before", "during", "since", "until", "per", "via", "across", "among", "like", "such", "those", "cash",
                "basis", "term", "long", "short", "near", "mid", "high", "low", "plus", "million", "billion", "percent", "slide", "slides", "page", "chart",
                "between", "anticipated", "range", "back", "unchanged", "most", "figure",
                "exhibit", "table", "appendix", "webcast", "call" })
                Vocabulary.Add(w, S);
            foreach (string w in new[] { "employees", "shares", "days", "sites", "users", "members", "subscribers", "customers", "positions", "seats",
                "devices", "units", "stores", "locations", "accounts", "people" })
                Vocabulary.Add(w, WordClass.CountNoun);
            foreach (string w in NumberScanner.SpelledNumbers) Vocabulary.Add(w, WordClass.NumberWord);
        }

        /// <summary>Which count unit a counted noun gives a plain number.</summary>
        public static CountUnit? CountUnitOf(int id)
        {
            if (!Vocabulary.Is(id, WordClass.CountNoun)) return null;
            if (id == Shares) return CountUnit.Shares;
            if (id == Days) return CountUnit.Days;
            return CountUnit.Items;
        }

        private static readonly int Shares = Vocabulary.Add("shares", WordClass.CountNoun);
        private static readonly int Days = Vocabulary.Add("days", WordClass.CountNoun);
        private static readonly int Comparable = Vocabulary.Add("comparable", S);
        private static readonly int Relative = Vocabulary.Add("relative", WordClass.Comparison | S);

        /// <summary>"with" or "to" that introduces a compared period: compared to, flat with, consistent with, in line with, similar to.</summary>
        public static bool LeadsComparison(SentenceTokens s, int k)
        {
            var t = s[k];
            if (t.Kind != TokenKind.Word || (t.Word != With && t.Word != To)) return false;
            if (k == 0 || s[k - 1].Kind != TokenKind.Word) return false;
            int before = s[k - 1].Word;
            return before == Compared || before == Flat || before == Consistent || before == Line || before == Similar || before == Comparable || before == Relative;
        }

        /// <summary>Rise or fall: +1, -1, or 0.</summary>
        public static int Sign(int id) => Vocabulary.Is(id, WordClass.Rise) ? 1 : Vocabulary.Is(id, WordClass.Fall) ? -1 : 0;
    }
}
