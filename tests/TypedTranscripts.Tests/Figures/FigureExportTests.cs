using System.IO;
using System.Linq;
using System.Text.Json;
using TypedTranscripts.Export;
using Xunit;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>From text to export: typed figures in the call, unresolved numbers flagged apart, as the scorer expects.</summary>
    public class FigureExportTests
    {
        // An invented company's call, in the markdown layout.
        private const string Transcript =
@"# Contoso Networks Q2 2024 Earnings Call Transcript

**Date:** July 25, 2024
**Company:** Contoso Networks
**Ticker:** CTSO
**Quarter:** Q2 2024

---

## Participants

- **Dana Whitfield** - Chief Financial Officer
- **Raj Patel** - Northwind Capital, Analyst

## Prepared Remarks

**Dana Whitfield:** Thank you. On a non-GAAP basis, total revenue for the second quarter was $412 million, up 6% sequentially. Year-to-date, operating expenses decreased 3%. For the third quarter, we expect revenue between $420 million and $440 million.

## Questions and Answers

**Raj Patel:** My model has third quarter revenue at $450 million. Is that too high?

**Dana Whitfield:** We are comfortable with our guidance range.
";

        private static (TranscriptParseResult Result, JsonElement Export) Parse()
        {
            var result = EarningsCall.Parse(Transcript, "contoso-q2-2024.md");
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            var writer = new StringWriter();
            TranscriptExport.Write(result, "contoso-q2-2024.md", writer);
            using var json = JsonDocument.Parse(writer.ToString());
            return (result, json.RootElement.Clone());
        }

        [Fact]
        public void Puts_resolved_statements_in_the_call_and_the_export()
        {
            var (result, export) = Parse();
            var call = result.Call!;
            var revenue = Assert.IsType<Figure<Money>>(Assert.Single(call.Figures));
            Assert.Equal(412_000_000m, revenue.Value.Amount);
            Assert.Equal(Basis.NonGaap, revenue.Basis);
            Assert.Equal("Q1 2024", Assert.Single(call.Changes).Versus.ToString());
            var outlook = Assert.IsType<Guidance<Money>>(Assert.Single(call.Guidance));
            Assert.Equal(420_000_000m, outlook.Range!.Value.Low.Amount);
            Assert.Equal(430_000_000m, outlook.Range!.Value.Midpoint);

            var figure = Assert.Single(export.GetProperty("figures").EnumerateArray());
            Assert.Equal("Revenue", figure.GetProperty("metric").GetString());
            Assert.Equal("non-GAAP", figure.GetProperty("basis").GetString());
            Assert.Equal("Q2 2024", figure.GetProperty("period").GetString());
            Assert.Equal(412000000m, figure.GetProperty("value").GetDecimal());
            Assert.Equal("USD", figure.GetProperty("unit").GetString());
            var guidance = Assert.Single(export.GetProperty("guidance").EnumerateArray());
            Assert.Equal(440000000m, guidance.GetProperty("high").GetDecimal());
        }

        [Fact]
        public void Flags_unresolved_numbers_apart_from_the_figures_with_a_diagnostic_at_their_line()
        {
            var (result, export) = Parse();
            var unresolved = Assert.Single(result.Unresolved);
            Assert.Equal("OperatingExpenses", unresolved.Metric);
            var entry = Assert.Single(export.GetProperty("unresolved").EnumerateArray());
            Assert.Equal("change", entry.GetProperty("kind").GetString());
            Assert.Equal(unresolved.Line, entry.GetProperty("line").GetInt32());
            Assert.DoesNotContain(export.GetProperty("changes").EnumerateArray(), c => c.GetProperty("metric").GetString() == "OperatingExpenses");
            var problem = Assert.Single(result.Problems, p => p.Code == ProblemCode.UnresolvedFigure);
            Assert.Equal(unresolved.Line, problem.Location.Line);
            Assert.Equal("TT0009", problem.Id);
        }

        [Fact]
        public void Leaves_the_analysts_estimate_out()
        {
            var (result, _) = Parse();
            Assert.DoesNotContain(result.Call!.Figures.Concat<Statement>(result.Call.Guidance), s => s.Sentence.Contains("My model"));
        }
    }
}
