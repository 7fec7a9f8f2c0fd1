using System.Collections.Generic;
using System.Threading.Tasks;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;
using static TypedTranscripts.Tests.Infrastructure.Snapshots;

namespace TypedTranscripts.Tests.Generator
{
    /// <summary>The generated source for fixture transcripts (our own, for invented companies), one per layout variant.</summary>
    public class SnapshotTests
    {
        private static GeneratorHarness Generate(params TranscriptInput[] transcripts)
        {
            var harness = new GeneratorHarness(transcripts);
            var outcome = harness.Run();
            Assert.Empty(outcome.CompilerProblems);
            return harness;
        }

        [Fact]
        public Task StreetEvents_page_footers_and_running_header() =>
            Verify(Generate(TranscriptInput.FromFixture("StreetEvents/contoso-q1-2010.txt", "Calls/contoso-q1-2010.txt")).Driver);

        [Fact]
        public Task Refinitiv_participant_lists_and_two_line_speakers() =>
            Verify(Generate(TranscriptInput.FromFixture("StreetEvents/fabrikam-q2-2023.txt", "Calls/fabrikam-q2-2023.txt")).Driver);

        [Fact]
        public Task StreetEvents_cover_block() =>
            Verify(Generate(TranscriptInput.FromFixture("StreetEvents/northwind-q4-2011.txt", "northwind-q4-2011.txt")).Driver);

        [Fact]
        public Task Event_transcript_with_rules() =>
            Verify(Generate(TranscriptInput.FromFixture("StreetEvents/tailspin-q2-2015.txt", "Calls/2015/tailspin-q2-2015.txt")).Driver);

        [Theory]
        [InlineData("SeekingAlpha/contoso-q4-fy2025.txt")]
        [InlineData("MotleyFool/relecloud-q4-2025.txt")]
        [InlineData("Markdown/tailspin-q2-2025.md")]
        [InlineData("Plain/adventureworks-q1-2026.txt")]
        [InlineData("Json/coho-q3-2025.json")]
        [InlineData("Unlabelled/wingtip-q2-2025.txt")]
        public Task Every_layout_gives_the_same_shape(string fixture) =>
            Verify(Generate(TranscriptInput.FromFixture(fixture, "Calls/" + System.IO.Path.GetFileName(fixture))).Driver, method: "Layout_" + fixture.Split('/')[0]);

        [Fact]
        public Task Same_file_name_in_two_folders_and_same_class_twice() =>
            Verify(Generate(
                TranscriptInput.FromFixture("StreetEvents/northwind-q4-2011.txt", "A/call.txt"),
                TranscriptInput.FromFixture("StreetEvents/northwind-q4-2011.txt", "B/call.txt")).Driver);

        [Fact]
        public Task Item_metadata_names_the_classes() =>
            Verify(Generate(TranscriptInput.FromFixture("StreetEvents/tailspin-q2-2015.txt", "tailspin.txt",
                new Dictionary<string, string> { ["CompanyClassName"] = "Tailspin", ["ClassName"] = "SummerCall", ["Ticker"] = "TLSP" })).Driver);

        [Fact]
        public Task Unrecognised_text_gets_a_diagnostic_and_no_class() =>
            Verify(Generate(
                new TranscriptInput("notes.txt", "Shopping list:\n- milk\n- eggs\n"),
                TranscriptInput.FromFixture("StreetEvents/northwind-q4-2011.txt", "northwind-q4-2011.txt")).Driver);
    }
}
