using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace TypedTranscripts.Benchmarks.Inputs
{
    /// <summary>A made-up transcript: its path under the project and its text, plus the same text with one edit inside a turn.</summary>
    public sealed record SyntheticTranscript(string RelativePath, string Text, string EditedText);

    /// <summary>
    /// Any number (up to 1,040) of distinct transcripts made from the four fixtures by text substitution: transcript i takes
    /// fixture i % 4 and gives it another company (name, ticker, executives' and analysts' surnames) and another year (every
    /// year in the text shifted alike, so dates and periods stay consistent). The same count always gives the same texts,
    /// and every (ticker, period) is distinct, so each maps to its own class.
    /// </summary>
    internal static class SyntheticCorpus
    {
        private const int YearsPerCompany = 10;

        /// <summary>One per letter: a company's first word, and the last letter of its ticker.</summary>
        private static readonly string[] CompanyWords =
        {
            "Alderbrook", "Birchfield", "Calamint", "Driftmoor", "Emberlyn", "Fernhollow", "Glenrock", "Harborvale", "Ironleaf",
            "Jasperton", "Kestrelby", "Larkspire", "Meadowind", "Nettlecombe", "Oakmere", "Pinecrest", "Quillbury", "Redfernia",
            "Stonebeck", "Thistledown", "Umberfield", "Valewood", "Willowby", "Xanthewick", "Yarrowgate", "Zephyrine",
        };

        /// <summary>A prime count, so that a transcript's surname slots (stepped by 5) never share a name.</summary>
        private static readonly string[] Surnames =
        {
            "Abernathy", "Castellanos", "Delacourt", "Eriksen", "Fairbanks", "Gallardo", "Halvorsen", "Iwasaki", "Jablonski",
            "Kovacevic", "Lindqvist", "Marchetti", "Nakashima", "Oyelaran", "Pellegrino", "Quintero", "Rasmussen", "Szabo",
            "Thorvaldsen", "Ulbricht", "Vasquez", "Whitcombe", "Xenakis", "Yamamura", "Zielinski", "Achterberg", "Bergqvist",
            "Cavanagh", "Desrosiers", "Ekwueme", "Fitzgerald",
        };

        private sealed record Template(string FileName, string Company, string TickerInText, string TickerStem, int Quarter, int Year,
            string[] Surnames, string EditFrom, string EditTo);

        private static readonly Template[] Templates =
        {
            new("contoso-q1-2010.txt", "Contoso Networks", "CTSO", "CTS", 1, 2010, new[] { "Whitlock", "Mehta", "Okafor", "Reyes" }, "a solid start", "a strong start"),
            new("fabrikam-q2-2023.txt", "Fabrikam Towers", "FBKT", "FBK", 2, 2023, new[] { "Liu", "Kowalski", "Ramirez", "Brooks", "Kim" }, "Services should stay near", "Services should remain near"),
            new("northwind-q4-2011.txt", "Northwind Traders", "NWND", "NWN", 4, 2011, new[] { "Grant", "O'Neill", "Zhao", "Patel" }, "record orders", "strong orders"),
            // States no ticker: the file name gives it, as for amt-q3-2022.txt in the corpus.
            new("tailspin-q2-2015.txt", "Tailspin Toys", "", "TSP", 2, 2015, new[] { "Souza", "Watanabe", "Cole" }, "ahead of last year", "well ahead of last year"),
        };

        public static int MaxCount => Templates.Length * CompanyWords.Length * YearsPerCompany;

        private static readonly Regex Year = new(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant);

        public static IReadOnlyList<SyntheticTranscript> Create(int count)
        {
            if (count < 0 || count > MaxCount) throw new ArgumentOutOfRangeException(nameof(count), $"between 0 and {MaxCount}");
            var fixtures = Templates.Select(t => File.ReadAllText(Path.Combine(RepositoryFiles.FixturesDirectory, t.FileName))).ToArray();
            var transcripts = new List<SyntheticTranscript>(count);
            for (int i = 0; i < count; i++)
            {
                int fixture = i % Templates.Length;
                int company = i / Templates.Length / YearsPerCompany;
                int yearShift = i / Templates.Length % YearsPerCompany;
                transcripts.Add(Vary(Templates[fixture], fixtures[fixture], fixture, company, yearShift));
            }
            return transcripts;
        }

        /// <summary>The UTF-8 size of the texts: what a build reads from disk.</summary>
        public static long Bytes(IEnumerable<SyntheticTranscript> transcripts) => transcripts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));

        private static SyntheticTranscript Vary(Template template, string text, int fixture, int company, int yearShift)
        {
            string word = CompanyWords[company];
            string ticker = template.TickerStem + word[0];
            string companyName = word + template.Company.Substring(template.Company.IndexOf(' ', StringComparison.Ordinal));
            text = WholeWord(template.Company).Replace(text, companyName);
            if (template.TickerInText.Length > 0) text = WholeWord(template.TickerInText).Replace(text, ticker);
            for (int slot = 0; slot < template.Surnames.Length; slot++)
            {
                string surname = Surnames[(company * 3 + fixture * 7 + slot * 5) % Surnames.Length];
                text = WholeWord(template.Surnames[slot]).Replace(text, surname);
            }
            text = Year.Replace(text, m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + yearShift).ToString(CultureInfo.InvariantCulture));

            int at = text.IndexOf(template.EditFrom, StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException($"'{template.EditFrom}' is no longer in {template.FileName}; update the benchmark's edit.");
            string edited = text.Substring(0, at) + template.EditTo + text.Substring(at + template.EditFrom.Length);

            int year = template.Year + yearShift;
            string path = $"Calls/{ticker.ToLowerInvariant()}-q{template.Quarter}-{year}.txt";
            return new SyntheticTranscript(path, text, edited);
        }

        private static Regex WholeWord(string phrase) => new(@"\b" + Regex.Escape(phrase) + @"\b", RegexOptions.CultureInvariant);
    }
}
