using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TypedTranscripts.Tests.Infrastructure
{
    /// <summary>
    /// The development corpus in <c>../shared/corpus</c> beside the checkout (or <c>TYPEDTRANSCRIPTS_CORPUS</c>). Its texts
    /// belong to their publishers and are read here at test time, never copied into the repository.
    /// </summary>
    public static class Corpus
    {
        private static readonly Lazy<string> Folder = new(Locate);

        /// <summary>The corpus folder; throws with instructions when it is missing, so CI fails loudly.</summary>
        public static string Directory => Folder.Value;

        public static string RepositoryRoot { get; } = FindRepositoryRoot();

        /// <summary>Every transcript that has a gold file: (stem, transcript path, gold path).</summary>
        public static IEnumerable<(string Stem, string Text, string Gold)> Transcripts() =>
            System.IO.Directory.GetFiles(Directory, "*.gold.json").OrderBy(p => p, StringComparer.Ordinal).Select(gold =>
            {
                string stem = Path.GetFileName(gold).Replace(".gold.json", "");
                string text = System.IO.Directory.GetFiles(Directory, stem + ".*").Single(p => !p.EndsWith(".gold.json", StringComparison.Ordinal));
                return (stem, text, gold);
            });

        public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

        private static string Locate()
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable("TYPEDTRANSCRIPTS_CORPUS");
            string candidate = fromEnvironment ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
            if (!System.IO.Directory.Exists(candidate) || System.IO.Directory.GetFiles(candidate, "*.gold.json").Length == 0)
                throw new InvalidOperationException(
                    $"The development corpus was not found at '{candidate}'. CI keeps it in ../shared/corpus beside the checkout; " +
                    "elsewhere set TYPEDTRANSCRIPTS_CORPUS to a folder of transcripts with *.gold.json files.");
            return candidate;
        }

        private static string FindRepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
        }

        /// <summary>Where the test's own fixtures (transcripts we wrote, for invented companies) are copied.</summary>
        public static string Fixture(string relativePath) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath);
    }
}
