using System.Globalization;
using SampleConsumer;
using TypedTranscripts;

// Every call generated from Transcripts/, whatever layout each file is in, through the same typed API.
foreach (var call in Transcripts.All)
{
    Console.WriteLine($"{call.Company} ({call.Ticker}) — {call.FiscalPeriod}, {call.Date:yyyy-MM-dd}, read as {call.Layout}");
    Console.WriteLine($"  {call.Title ?? "(no title in the transcript)"}");
    foreach (var role in new[] { SpeakerRole.Executive, SpeakerRole.Analyst, SpeakerRole.Operator })
    {
        var names = call.SpeakersWithRole(role).Select(s => s.Title is null ? s.Name : $"{s.Name} ({s.Title})").ToList();
        if (names.Count > 0) Console.WriteLine($"  {role}s: {string.Join(", ", names)}");
    }
    if (call.Exchanges.FirstOrDefault() is { } first)
    {
        Console.WriteLine($"  First question, from {first.Analyst.Name} of {first.Firm}:");
        Console.WriteLine($"    \"{Shorten(first.Question.Text)}\"");
        Console.WriteLine($"  Answered by {string.Join(" and ", first.Answers.Select(a => a.Speaker.Name).Distinct())}.");
    }
    PrintHeadlines(call);
    Console.WriteLine();
}

// Members reached by name: a typo here is a compile error, not a wrong number at run time.
var litware = Transcripts.Ltwr.Q2_2024.Call;
var cfo = Transcripts.Ltwr.Q2_2024.Speakers.YukiTanaka;
Figure<Money> revenue = Transcripts.Ltwr.Q2_2024.Figures.RevenueGaap;
Guidance<Money> outlook = Transcripts.Ltwr.Q2_2024.Guidance.Revenue;
Console.WriteLine($"Litware's CFO is {cfo.Name}, {cfo.Title}; {litware.TurnCount(cfo)} turns on the call.");
decimal growth = (outlook.Range!.Value.Midpoint / revenue.Value.Amount - 1) * 100;
Console.WriteLine($"She reported {revenue.Period} revenue of {Usd(revenue.Value.Amount)} ({Basis(revenue.Basis).Trim()}, line {revenue.Line}) "
    + $"and guided {outlook.Period} to {Usd(outlook.Low!.Value.Amount)}–{Usd(outlook.High!.Value.Amount)}, "
    + $"a midpoint {growth.ToString("0.0", CultureInfo.InvariantCulture)}% above the quarter.");

// Changes and prior periods are typed too.
Change<Percentage> yearOverYear = Transcripts.Ltwr.Q2_2024.Changes.RevenueGaapYearOverYear;
Figure<PerShare> priorEps = Transcripts.Ltwr.Q2_2024.Figures.Q1_2024.DilutedEpsGaap;
Guidance<Percentage> grossMargin = Transcripts.Ltwr.Q2_2024.Guidance.GrossMarginNonGaap;
Console.WriteLine($"Revenue grew {yearOverYear.Value} versus {yearOverYear.Versus}; GAAP EPS was {Format(priorEps.Value)} in {priorEps.Period}; "
    + $"gross margin is guided {grossMargin.Direction.ToString().ToLowerInvariant()} for {grossMargin.Period}.");

// The quarter's headline figures next to the guidance for the same metrics.
static void PrintHeadlines(EarningsCall call)
{
    string[] headline = { "Revenue", "DilutedEps", "GrossMargin", "OperatingMargin", "AdjustedEbitda", "FreeCashFlow", "EffectiveTaxRate" };
    var rows = new List<(string Metric, string Reported, string Guided)>();
    foreach (var metric in headline)
    {
        var reported = call.Figures.Where(f => f.Metric == metric && f.Segment is null && f.Period == call.FiscalPeriod).ToList();
        var guided = call.Guidance.Where(g => g.Metric == metric && g.Segment is null).ToList();
        if (reported.Count == 0 && guided.Count == 0) continue;
        rows.Add((metric, string.Join("; ", reported.Select(f => Format(f.Quantity) + Basis(f.Basis))),
            string.Join("; ", guided.Select(g => Range(g) + Basis(g.Basis) + " for " + g.Period))));
    }
    if (rows.Count == 0) return;
    Console.WriteLine($"  {"",-17}{"reported " + call.FiscalPeriod,-34}guided");
    foreach (var (metric, reported, guided) in rows) Console.WriteLine($"  {metric,-17}{(reported.Length == 0 ? "—" : reported),-34}{(guided.Length == 0 ? "—" : guided)}");
}

static string Range(Guidance g)
{
    if (g.LowQuantity is null && g.HighQuantity is null) return g.Direction.ToString().ToLowerInvariant();
    if (g.LowQuantity is { } low && g.HighQuantity is { } high && !low.Equals(high)) return Format(low) + "–" + Format(high);
    return Format((g.LowQuantity ?? g.HighQuantity)!);
}

static string Format(IQuantity quantity) => quantity switch
{
    Money money => Usd(money.Amount),
    PerShare perShare => perShare.Amount.ToString("$0.00", CultureInfo.InvariantCulture),
    Percentage percentage => percentage.Value.ToString("0.0", CultureInfo.InvariantCulture) + "%",
    _ => quantity.ToString() ?? "",
};

static string Usd(decimal amount) => amount >= 1_000_000_000m ? (amount / 1_000_000_000m).ToString("$0.00", CultureInfo.InvariantCulture) + "B"
    : (amount / 1_000_000m).ToString("$0", CultureInfo.InvariantCulture) + "M";

static string Basis(Basis basis) => basis switch { TypedTranscripts.Basis.Gaap => " GAAP", TypedTranscripts.Basis.NonGaap => " non-GAAP", _ => "" };

static string Shorten(string text) => text.Length <= 110 ? text : text[..110] + "…";
