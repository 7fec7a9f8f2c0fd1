using TypedTranscripts.Layouts;
using TypedTranscripts.Text;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    public class SpeakerLabelsTests
    {
        [Theory]
        [InlineData("Jane Roe -- Chief Financial Officer", false, "Jane Roe", null, "Chief Financial Officer")]
        [InlineData("John Doe -- Fabrikam Securities -- Analyst", false, "John Doe", "Fabrikam Securities", "Analyst")]
        [InlineData("John Doe - Fabrikam Securities", false, "John Doe", "Fabrikam Securities", null)]
        [InlineData("Jane Roe - Executive Vice President and CFO", true, "Jane Roe", null, "Executive Vice President and CFO")]
        [InlineData("Chief Executive Officer \u2014 Jane Roe", false, "Jane Roe", null, "Chief Executive Officer")]
        [InlineData("  \u2022 Vice President, Investor Relations \u2014 Jane Roe", false, "Jane Roe", null, "Vice President, Investor Relations")]
        [InlineData("Jane Roe (Chief Executive Officer)", false, "Jane Roe", null, "Chief Executive Officer")]
        [InlineData("John Doe (Analyst, Fabrikam Securities)", false, "John Doe", "Fabrikam Securities", "Analyst")]
        [InlineData("John Doe (Executive Vice President, Chief Financial Officer)", false, "John Doe", null, "Executive Vice President, Chief Financial Officer")]
        [InlineData("- **Jane Roe** - Adventure Works Securities, Analyst", false, "Jane Roe", "Adventure Works Securities", "Analyst")]
        [InlineData("Jane Roe, Chief Executive Officer", false, "Jane Roe", null, "Chief Executive Officer")]
        [InlineData("Speaker 2", false, "Speaker 2", null, null)]
        public void Entries_and_labels(string text, bool loneIsTitle, string name, string? company, string? title)
        {
            Assert.True(SpeakerLabels.TryParse(text, loneIsTitle, out var label));
            Assert.Equal((name, company, title), (label.Name, label.Company, label.Title));
        }

        [Theory]
        [InlineData("Thank you -- and good morning.")]
        [InlineData("We grew -- frankly -- faster than we planned.")]
        [InlineData("Revenue -- $812 million for the fourth quarter")]
        [InlineData("Forward-Looking Statements")]
        [InlineData("Good Morning")]
        [InlineData("Q4 2025 Earnings Call")]
        public void Prose_and_headings_are_not_labels(string text) => Assert.False(SpeakerLabels.TryParse(text, false, out _));

        [Theory]
        [InlineData("Jane Roe: Thank you.", "Jane Roe", 10)]
        [InlineData("**Jane Roe:** Thank you.", "Jane Roe", 14)]
        [InlineData("**Jane Roe**: Thank you.", "Jane Roe", 14)]
        [InlineData("[00:01:23] Jane Roe: Thank you.", "Jane Roe", 21)]
        [InlineData("Jane Roe (01:23): Thank you.", "Jane Roe", 18)]
        [InlineData("Jane Roe (Chief Executive Officer):", "Jane Roe (Chief Executive Officer)", 35)]
        public void Colon_labels(string line, string label, int textStart)
        {
            Assert.True(SpeakerLabels.TryColonLabel(new TextSpan(line, 0, line.Length), out string found, out int start));
            Assert.Equal((label, textStart), (found, start));
        }

        [Theory]
        [InlineData("Fabrikam Inc (NYSE: FBK)")]
        [InlineData("https://example.com/call")]
        [InlineData("We grew revenue. Note: this excludes acquisitions.")]
        [InlineData("The call starts at 5:30 PM ET")]
        public void Colons_that_do_not_end_a_label(string line) =>
            Assert.False(SpeakerLabels.TryColonLabel(new TextSpan(line, 0, line.Length), out _, out _));
    }
}
