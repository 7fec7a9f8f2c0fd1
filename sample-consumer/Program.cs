using SampleConsumer;
using TypedTranscripts;

// Every call generated from Transcripts/, through the typed API.
foreach (var call in Transcripts.All)
{
    Console.WriteLine($"{call.Company} ({call.Ticker}) — {call.FiscalPeriod}, {call.Date:yyyy-MM-dd}");
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
    Console.WriteLine();
}

// One member reached by name: a typo here is a compile error, not a wrong number at run time.
var cfo = Transcripts.Ltwr.Q2_2024.Speakers.YukiTanaka;
Console.WriteLine($"Litware's CFO is {cfo.Name}, {cfo.Title}; {Transcripts.Ltwr.Q2_2024.Call.TurnCount(cfo)} turns on the call.");

static string Shorten(string text) => text.Length <= 110 ? text : text[..110] + "…";
