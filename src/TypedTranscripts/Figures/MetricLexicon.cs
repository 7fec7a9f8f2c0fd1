using System;
using System.Collections.Generic;

namespace TypedTranscripts.Figures
{
    /// <summary>
    /// A metric as calls name it, with the metric names (from the metric vocabulary, spec/metrics.md) that each kind of
    /// number gives it: "gross margin" of 61.4% is GrossMargin, of $1 billion is GrossProfit, up 3 points is a GrossMargin change.
    /// </summary>
    internal sealed class MetricFamily
    {
        public MetricFamily(string name) => Name = name;

        public string Name { get; }
        /// <summary>The metric of a money amount.</summary>
        public string? Money { get; set; }
        /// <summary>The metric of an amount per share.</summary>
        public string? PerShare { get; set; }
        /// <summary>The metric of a percentage level.</summary>
        public string? Percent { get; set; }
        /// <summary>The metric of a move in percentage points.</summary>
        public string? Points { get; set; }
        /// <summary>The metric of a relative change (up 5%).</summary>
        public string? Growth { get; set; }
        /// <summary>The metric of a ratio (5.5x).</summary>
        public string? Ratio { get; set; }
        /// <summary>The metric of a count, and what it counts.</summary>
        public string? Count { get; set; }
        public CountUnit CountUnit { get; set; }
        /// <summary>A segment's percentage of this total: "consumer revenue was 42%" is RevenueMix.</summary>
        public string? Mix { get; set; }
        /// <summary>This profit as a percentage of revenue: "adjusted EBITDA was $71 million, or 22% of revenue" is AdjustedEbitdaMargin.</summary>
        public string? Margin { get; set; }

        /// <summary>Names the negative of its metrics: an "operating loss" of $5 million is operating income of -$5 million.</summary>
        public bool IsLoss { get; set; }

        /// <summary>A balance at a point in time (cash, backlog, headcount), not a flow over a period.</summary>
        public bool PointInTime { get; set; }

        /// <summary>The metric guidance without numbers takes: the one named like the family ("gross margin" is GrossMargin), else its first level.</summary>
        public string LevelMetric => Name == Percent || Name == PerShare || Name == Count || Name == Ratio ? Name : Money ?? Percent ?? PerShare ?? Count ?? Ratio ?? Name;

        /// <summary>The export unit of <see cref="LevelMetric"/>.</summary>
        public string LevelUnit
        {
            get
            {
                string level = LevelMetric;
                if (level == Money) return "USD";
                if (level == Percent) return "percent";
                if (level == PerShare) return "USD/share";
                if (level == Count) return CountUnit switch { CountUnit.Shares => "shares", CountUnit.Days => "days", _ => "count" };
                return "ratio";
            }
        }
    }

    /// <summary>A metric phrase found in a sentence, by token range.</summary>
    internal struct MetricMention
    {
        public int First;
        public int Last;
        public MetricFamily Family;
    }

    /// <summary>
    /// The phrases of the metric vocabulary (spec/metrics.md, "said as" column, and the ways calls vary them), matched
    /// longest first over a sentence's word ids. A phrase followed by a noun that makes it something else ("revenue
    /// reserves", "sales force") does not count.
    /// </summary>
    internal static class MetricLexicon
    {
        private static readonly Dictionary<int, List<(int[] Words, MetricFamily Family)>> ByFirstWord = new Dictionary<int, List<(int[], MetricFamily)>>();

        public static readonly MetricFamily Revenue = Define("Revenue", "revenue|revenues|total revenue|net revenue|net revenues|sales|net sales|total sales|top line|topline|top-line", money: "Revenue", growth: "Revenue", points: "RevenueMix", mix: "RevenueMix");
        public static readonly MetricFamily ProductRevenue = Define("ProductRevenue", "product revenue|products revenue|product revenues|product sales|products sales", money: "ProductRevenue", growth: "ProductRevenue", mix: "RevenueMix");
        public static readonly MetricFamily ServiceRevenue = Define("ServiceRevenue", "service revenue|services revenue|service revenues|services revenues", money: "ServiceRevenue", growth: "ServiceRevenue", mix: "RevenueMix");
        public static readonly MetricFamily RevenueMix = Define("RevenueMix", "mix|revenue mix|mix of revenue|mix of total revenue|geographic mix|percentage of revenue|percentage of total revenue", percent: "RevenueMix", points: "RevenueMix");
        public static readonly MetricFamily GrossMargin = Define("GrossMargin", "gross margin|gross margins|total gross margin|total gross margins|gross margin percentage|gross margin rate|gross profit rate|gross profit percentage|gross profit margin", money: "GrossProfit", percent: "GrossMargin", points: "GrossMargin");
        public static readonly MetricFamily GrossProfit = Define("GrossProfit", "gross profit|gross margin dollars|gross profits", money: "GrossProfit", growth: "GrossProfit", points: "GrossMargin", margin: "GrossMargin");
        public static readonly MetricFamily ProductGrossMargin = Define("ProductGrossMargin", "product gross margin|product gross margins|products gross margin|products gross margins", percent: "ProductGrossMargin", points: "ProductGrossMargin");
        public static readonly MetricFamily ServiceGrossMargin = Define("ServiceGrossMargin", "service gross margin|services gross margin|service gross margins|services gross margins", percent: "ServiceGrossMargin", points: "ServiceGrossMargin");
        public static readonly MetricFamily OperatingExpenses = Define("OperatingExpenses", "operating expenses|operating expense|opex|total operating expenses|operating costs", money: "OperatingExpenses", growth: "OperatingExpenses");
        public static readonly MetricFamily ResearchAndDevelopment = Define("ResearchAndDevelopmentExpense", "r&d|r&d expenses|r&d expense|research and development|research and development expenses|r&d investment|r&d investments|research and development investment|research and development investments|r&d spending|r&d spend", money: "ResearchAndDevelopmentExpense", growth: "ResearchAndDevelopmentExpense");
        public static readonly MetricFamily SellingAndMarketing = Define("SellingAndMarketingExpense", "sales and marketing|sales and marketing expenses|sales and marketing expense|selling and marketing|selling and marketing expenses|s&m", money: "SellingAndMarketingExpense", growth: "SellingAndMarketingExpense");
        public static readonly MetricFamily GeneralAndAdministrative = Define("GeneralAndAdministrativeExpense", "general and administrative|general and administrative expenses|general and administrative expense|g&a", money: "GeneralAndAdministrativeExpense", growth: "GeneralAndAdministrativeExpense");
        public static readonly MetricFamily OperatingIncome = Define("OperatingIncome", "operating income|operating profit|income from operations|operating profits|segment profit|segment profits", money: "OperatingIncome", growth: "OperatingIncome", points: "OperatingMargin", margin: "OperatingMargin");
        public static readonly MetricFamily OperatingMargin = Define("OperatingMargin", "operating margin|operating margins|operating profit margin", percent: "OperatingMargin", points: "OperatingMargin");
        /// <summary>"Segment margin was 16.0%": a line of business's operating margin, said of the segment just named.</summary>
        public static readonly MetricFamily SegmentMargin = Define("SegmentMargin", "segment margin|segment margins", percent: "OperatingMargin", points: "OperatingMargin");
        public static readonly MetricFamily NetIncome = Define("NetIncome", "net income|net earnings|net profit", money: "NetIncome", growth: "NetIncome", perShare: "DilutedEps");
        public static readonly MetricFamily OperatingLoss = Define("OperatingLoss", "operating loss|operating losses|loss from operations", money: "OperatingIncome", loss: true);
        public static readonly MetricFamily NetLoss = Define("NetLoss", "net loss|net losses", money: "NetIncome", perShare: "DilutedEps", loss: true);
        public static readonly MetricFamily LossPerShare = Define("LossPerShare", "loss per share|net loss per share|loss per diluted share|net loss per diluted share|diluted loss per share|diluted net loss per share", perShare: "DilutedEps", loss: true);
        public static readonly MetricFamily OtherIncomeExpense = Define("OtherIncomeExpense", "other income and expense|other income and expenses|interest and other income|other income|oi&e|income and other expense", money: "OtherIncomeExpense", growth: "OtherIncomeExpense");
        public static readonly MetricFamily DilutedEps = Define("DilutedEps", "earnings per share|earnings per diluted share|diluted earnings per share|eps|diluted eps|net income per share|net income per diluted share|earnings a share", perShare: "DilutedEps", growth: "DilutedEps");
        /// <summary>"Adjusted earnings were $2.10 per diluted share": earnings said with an amount a share are earnings per share;
        /// of any other amount ("earnings of $40 million", "earnings grew 9%") the word is too loose to name a metric.</summary>
        public static readonly MetricFamily Earnings = Define("Earnings", "earnings", perShare: "DilutedEps");
        public static readonly MetricFamily EffectiveTaxRate = Define("EffectiveTaxRate", "tax rate|effective tax rate|effective rate", percent: "EffectiveTaxRate", points: "EffectiveTaxRate");
        public static readonly MetricFamily IncomeTaxCharge = Define("IncomeTaxCharge", "income tax charge|tax charge", money: "IncomeTaxCharge");
        public static readonly MetricFamily RestructuringCharges = Define("RestructuringCharges", "restructuring charge|restructuring charges|restructuring costs", money: "RestructuringCharges");
        public static readonly MetricFamily CashAndInvestments = Define("CashAndInvestments", "cash cash equivalents and investments|cash and investments|cash and cash equivalents|cash cash equivalents|cash and marketable securities|cash and short-term investments|cash"
            + "|cash cash equivalents and short and long-term investments|cash cash equivalents and short-term investments|cash cash equivalents and long-term investments"
            + "|cash and short and long-term investments|cash cash equivalents and marketable securities|cash and cash equivalents and investments", money: "CashAndInvestments", growth: "CashAndInvestments", pointInTime: true);
        public static readonly MetricFamily NetCash = Define("NetCash", "net cash", money: "NetCash", pointInTime: true);
        public static readonly MetricFamily OperatingCashFlow = Define("OperatingCashFlow", "cash flow from operations|operating cash flow|cash from operations|cash flow from operating activities|cash flows from operations|operating cash flows", money: "OperatingCashFlow", growth: "OperatingCashFlow");
        public static readonly MetricFamily FreeCashFlow = Define("FreeCashFlow", "free cash flow|free cash flows", money: "FreeCashFlow", growth: "FreeCashFlow");
        public static readonly MetricFamily CapitalExpenditures = Define("CapitalExpenditures", "capex|capital expenditures|capital expenditure|capital spending", money: "CapitalExpenditures", growth: "CapitalExpenditures");
        public static readonly MetricFamily DepreciationAndAmortization = Define("DepreciationAndAmortization", "depreciation and amortization", money: "DepreciationAndAmortization");
        public static readonly MetricFamily ShareRepurchase = Define("ShareRepurchase", "repurchased|repurchase|repurchases|share repurchase|share repurchases|stock repurchase|stock repurchases|buyback|buybacks|bought back|share buyback|share buybacks", money: "ShareRepurchaseAmount", growth: "ShareRepurchaseAmount", count: "SharesRepurchased", countUnit: CountUnit.Shares);
        public static readonly MetricFamily AverageRepurchasePrice = Define("AverageRepurchasePrice", "average price", perShare: "AverageRepurchasePrice");
        public static readonly MetricFamily DilutedSharesOutstanding = Define("DilutedSharesOutstanding", "shares outstanding|weighted average shares|weighted average shares outstanding|diluted shares|diluted shares outstanding|share count|diluted share count|weighted average diluted shares", count: "DilutedSharesOutstanding", countUnit: CountUnit.Shares, growth: "DilutedSharesOutstanding");
        public static readonly MetricFamily Dividend = Define("Dividend", "dividend|dividends|cash dividend|quarterly dividend|dividend per share", perShare: "Dividend", money: "DividendPayments", growth: "Dividend");
        public static readonly MetricFamily CostOfRevenue = Define("CostOfRevenue", "cost of revenue|cost of revenues|cost of sales|cogs|cost of goods sold", money: "CostOfRevenue", growth: "CostOfRevenue");
        public static readonly MetricFamily AdjustedEbitda = Define("AdjustedEbitda", "adjusted ebitda|ebitda", money: "AdjustedEbitda", growth: "AdjustedEbitda", points: "AdjustedEbitdaMargin", margin: "AdjustedEbitdaMargin");
        public static readonly MetricFamily AdjustedEbitdaMargin = Define("AdjustedEbitdaMargin", "adjusted ebitda margin|ebitda margin|adjusted ebitda margins", percent: "AdjustedEbitdaMargin", points: "AdjustedEbitdaMargin");
        public static readonly MetricFamily Affo = Define("AdjustedFundsFromOperations", "affo|attributable affo|consolidated affo|adjusted funds from operations", money: "AdjustedFundsFromOperations", growth: "AdjustedFundsFromOperations", perShare: "AdjustedFundsFromOperationsPerShare");
        public static readonly MetricFamily AffoPerShare = Define("AdjustedFundsFromOperationsPerShare", "affo per share|attributable affo per share|consolidated affo per share", perShare: "AdjustedFundsFromOperationsPerShare", growth: "AdjustedFundsFromOperationsPerShare");
        public static readonly MetricFamily ShareBasedCompensation = Define("ShareBasedCompensation", "stock-based compensation|share-based compensation|stock based compensation|stock compensation", money: "ShareBasedCompensation");
        public static readonly MetricFamily Inventory = Define("Inventory", "inventory|inventories", money: "Inventory", pointInTime: true);
        public static readonly MetricFamily Churn = Define("Churn", "churn|churn rate|churn rates", percent: "Churn", points: "Churn");
        public static readonly MetricFamily NetLeverage = Define("NetLeverage", "net leverage|leverage|net debt to ebitda|net debt to adjusted ebitda|net debt-to-ebitda|leverage ratio|net leverage ratio", ratio: "NetLeverage", pointInTime: true);
        public static readonly MetricFamily DaysSalesOutstanding = Define("DaysSalesOutstanding", "dso|days sales outstanding|days of sales outstanding|dsos", count: "DaysSalesOutstanding", countUnit: CountUnit.Days, pointInTime: true);
        public static readonly MetricFamily DeferredRevenue = Define("DeferredRevenue", "deferred revenue|deferred revenues|unearned revenue|total deferred revenue", money: "DeferredRevenue", growth: "DeferredRevenue", pointInTime: true);
        public static readonly MetricFamily Backlog = Define("Backlog", "backlog", money: "Backlog", growth: "Backlog", pointInTime: true);
        // "Annual recurring revenue ended the quarter at $782 million": the run rate of subscriptions at a date, not revenue.
        public static readonly MetricFamily AnnualRecurringRevenue = Define("AnnualRecurringRevenue", "annual recurring revenue|annualized recurring revenue|arr",
            money: "AnnualRecurringRevenue", growth: "AnnualRecurringRevenue", pointInTime: true);
        public static readonly MetricFamily SellingGeneralAndAdministrative = Define("SellingGeneralAndAdministrativeExpense",
            "sg&a|sg&a expenses|sg&a expense|selling general and administrative|selling general and administrative expenses", money: "SellingGeneralAndAdministrativeExpense");
        public static readonly MetricFamily ComparableSales = Define("ComparableSales",
            "comparable sales|comparable store sales|same store sales|comp sales|comps|like for like sales", growth: "ComparableSales");
        public static readonly MetricFamily Bookings = Define("Bookings", "bookings|orders|new orders|order intake", money: "Bookings");
        public static readonly MetricFamily BookToBill = Define("BookToBill", "book to bill|book-to-bill ratio|book to bill ratio", ratio: "BookToBill");
        public static readonly MetricFamily Headcount = Define("Headcount", "headcount|employees|head count|workforce", count: "Headcount", countUnit: CountUnit.Items, growth: "Headcount", pointInTime: true);

        // Balances, cash flows, operating measures and revenue (which non-GAAP adjustments almost never touch) have no
        // separate GAAP and non-GAAP versions: a basis the call set for its results ("unless we say otherwise, non-GAAP")
        // does not carry to them; only one stated with the number does.
        private static readonly HashSet<string> WithoutGaapVersions = new HashSet<string>(StringComparer.Ordinal)
        {
            "Revenue", "ProductRevenue", "ServiceRevenue", "RevenueGrowth",
            "CashAndInvestments", "NetCash", "OperatingCashFlow", "FreeCashFlow", "CapitalExpenditures", "DepreciationAndAmortization",
            "ShareRepurchaseAmount", "SharesRepurchased", "AverageRepurchasePrice", "DilutedSharesOutstanding", "Dividend",
            "DividendPayments", "ShareholderReturns", "Inventory", "Churn", "NetLeverage", "DaysSalesOutstanding", "DeferredRevenue",
            "Backlog", "AnnualRecurringRevenue", "Bookings", "BookToBill", "Headcount", "RevenueMix", "ComparableSales",
        };

        /// <summary>False for metrics that carry no basis unless one is stated with them.</summary>
        public static bool HasGaapVersions(string? metric) => metric is null || !WithoutGaapVersions.Contains(metric);

        /// <summary>
        /// The diluted share count differs between GAAP and non-GAAP (a GAAP loss leaves dilutive shares out), but calls rarely
        /// say which they give: it takes the basis the call declared for its results or its guidance, not one a speaker carries.
        /// </summary>
        public static bool FollowsDeclaredBasis(string? metric) => HasGaapVersions(metric) || metric == "DilutedSharesOutstanding";

        /// <summary>Longest phrases first, and a later phrase that overlaps and reaches further wins ("net income and other expense" holds "income and other expense").</summary>
        public static void Find(SentenceTokens s, List<MetricMention> output)
        {
            output.Clear();
            int i = 0;
            while (i < s.Count)
            {
                int last = LongestAt(s, i, out var family);
                if (family is null)
                {
                    i++;
                    continue;
                }
                bool overtaken = false;
                for (int j = i + 1; j <= last && !overtaken; j++)
                {
                    int otherLast = LongestAt(s, j, out var other);
                    overtaken = other is not null && otherLast > last;
                }
                if (overtaken)
                {
                    i++;
                    continue;
                }
                // "a non-cash impairment charge": "non-" negates the phrase into a description.
                bool negated = s[i].Hyphenated && i > 0 && s[i - 1].IsWord(Cues.Non);
                if (!FollowedByCompoundHead(s, last) && !negated) output.Add(new MetricMention { First = i, Last = last, Family = family });
                i = last + 1;
            }
        }

        private static int LongestAt(SentenceTokens s, int i, out MetricFamily? family)
        {
            family = null;
            var t = s[i];
            if (!t.Has(WordClass.MetricStart) || !ByFirstWord.TryGetValue(t.Word, out var phrases)) return -1;
            int bestLast = -1;
            foreach (var (words, candidate) in phrases)
            {
                int k = i;
                int matched = 0;
                int last = i;
                while (matched < words.Length && k < s.Count)
                {
                    var token = s[k];
                    if (token.Kind == TokenKind.Comma && matched > 0) { k++; continue; }
                    if (token.Kind != TokenKind.Word || token.Word != words[matched]) break;
                    last = k;
                    matched++;
                    k++;
                }
                if (matched == words.Length && last > bestLast)
                {
                    bestLast = last;
                    family = candidate;
                }
            }
            return bestLast;
        }

        // "revenue reserves", "sales force", "cash paid", "revenue per user": the phrase modifies the noun after it.
        private static bool FollowedByCompoundHead(SentenceTokens s, int last)
        {
            if (last + 1 >= s.Count) return false;
            var next = s[last + 1];
            if (next.Kind != TokenKind.Word) return false;
            if (next.Word == Cues.Per) return !(last + 2 < s.Count && s[last + 2].IsWord(Cues.Share));
            return Vocabulary.Is(next.Word, WordClass.CompoundHead);
        }

        private static MetricFamily Define(string name, string phrases, string? money = null, string? perShare = null, string? percent = null,
            string? points = null, string? growth = null, string? ratio = null, string? mix = null, string? count = null, CountUnit countUnit = CountUnit.Items,
            bool pointInTime = false, bool loss = false, string? margin = null)
        {
            var family = new MetricFamily(name)
            {
                Money = money,
                PerShare = perShare,
                Percent = percent,
                Points = points,
                Ratio = ratio,
                Mix = mix,
                Margin = margin,
                Count = count,
                CountUnit = countUnit,
                PointInTime = pointInTime,
                IsLoss = loss,
                // A relative change of an amount is a change of that amount; of a loss ("net loss narrowed 20%"), it is not one of the metric.
                Growth = loss ? null : growth ?? (percent is null ? money : null),
            };
            foreach (string phrase in phrases.Split('|')) Register(phrase, family);
            return family;
        }

        private static void Register(string phrase, MetricFamily family)
        {
            var parts = phrase.Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries);
            var ids = new int[parts.Length];
            for (int k = 0; k < parts.Length; k++) ids[k] = Vocabulary.Add(parts[k], k == 0 ? WordClass.MetricStart : WordClass.None);
            if (!ByFirstWord.TryGetValue(ids[0], out var list)) ByFirstWord[ids[0]] = list = new List<(int[], MetricFamily)>();
            list.Add((ids, family));
        }
    }
}
