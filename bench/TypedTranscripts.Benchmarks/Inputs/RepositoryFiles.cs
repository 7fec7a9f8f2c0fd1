using System;
using System.IO;

namespace TypedTranscripts.Benchmarks.Inputs
{
    /// <summary>
    /// Where inputs are read from at run time: the tests' fixtures (our own invented transcripts) and the development corpus
    /// in <c>../shared/corpus</c> beside the checkout (or <c>TYPEDTRANSCRIPTS_CORPUS</c>), whose texts belong to their
    /// publishers and are never copied into the repository.
    /// </summary>
    internal static class RepositoryFiles
    {
        /// <summary>The folder holding Generator.sln; BenchmarkDotNet's child processes run from folders below it.</summary>
        public static string Root { get; } = FindRoot();

        public static string FixturesDirectory { get; } = Path.Combine(Root, "tests", "TypedTranscripts.Tests", "Fixtures", "StreetEvents");

        public static string CorpusDirectory
        {
            get
            {
                string folder = Environment.GetEnvironmentVariable("TYPEDTRANSCRIPTS_CORPUS") ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));
                if (!Directory.Exists(folder))
                    throw new InvalidOperationException($"The development corpus was not found at '{folder}'; set TYPEDTRANSCRIPTS_CORPUS to its folder.");
                return folder;
            }
        }

        private static string FindRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
