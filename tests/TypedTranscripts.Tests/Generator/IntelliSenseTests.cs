using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;
using TypedTranscripts.Generator;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;

namespace TypedTranscripts.Tests.Generator
{
    /// <summary>
    /// What a user sees in the editor, with the engine the IDEs use: Roslyn's completion and quick-info services in a
    /// workspace that runs the generator from its dll, as Visual Studio and C# Dev Kit do.
    /// </summary>
    public class IntelliSenseTests
    {
        private const string Root = "/project/";

        private static Document CreateDocument(string code)
        {
            var workspace = new AdhocWorkspace(MefHostServices.Create(MefHostServices.DefaultAssemblies));
            var projectId = ProjectId.CreateNewId();
            string transcriptPath = Root + "Calls/contoso-q1-2010.txt";
            string config = string.Join("\n",
                "is_global = true",
                "build_property.RootNamespace = Consumer",
                "build_property.ProjectDir = " + Root,
                "",
                "[" + transcriptPath + "]",
                "build_metadata.AdditionalFiles.TypedTranscript = true",
                "");
            var generator = new AnalyzerFileReference(typeof(TranscriptGenerator).Assembly.Location, new LoadFromLoader());
            var project = ProjectInfo.Create(projectId, VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp,
                    filePath: Root + "Consumer.csproj",
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                    metadataReferences: Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
                        .Append(MetadataReference.CreateFromFile(typeof(EarningsCall).Assembly.Location)),
                    analyzerReferences: new[] { generator })
                .WithAdditionalDocuments(new[]
                {
                    DocumentInfo.Create(DocumentId.CreateNewId(projectId), "contoso-q1-2010.txt", filePath: transcriptPath,
                        loader: TextLoader.From(TextAndVersion.Create(SourceText.From(File.ReadAllText(Corpus.Fixture("StreetEvents/contoso-q1-2010.txt"))), VersionStamp.Create()))),
                })
                .WithAnalyzerConfigDocuments(new[]
                {
                    DocumentInfo.Create(DocumentId.CreateNewId(projectId), ".globalconfig", filePath: Root + ".globalconfig",
                        loader: TextLoader.From(TextAndVersion.Create(SourceText.From(config), VersionStamp.Create()))),
                });
            var solution = workspace.CurrentSolution.AddProject(project);
            var documentId = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(documentId, "Program.cs", SourceText.From(code), filePath: Root + "Program.cs");
            Assert.True(workspace.TryApplyChanges(solution));
            return workspace.CurrentSolution.GetDocument(documentId)!;
        }

        private static async Task<(Document Document, CompletionList List)> CompleteAt(string codeWithCaret)
        {
            int caret = codeWithCaret.IndexOf("$$", StringComparison.Ordinal);
            var document = CreateDocument(codeWithCaret.Replace("$$", ""));
            var service = CompletionService.GetService(document)!;
            var list = await service.GetCompletionsAsync(document, caret);
            return (document, list);
        }

        [Fact]
        public async Task Completion_after_Transcripts_lists_the_companies_and_All()
        {
            var (_, list) = await CompleteAt("class C { object M() => Consumer.Transcripts.$$; }");
            var names = list.ItemsList.Select(i => i.DisplayText).ToList();
            Assert.Contains("Ctso", names);
            Assert.Contains("All", names);
        }

        [Fact]
        public async Task Completion_lists_speakers_and_shows_their_doc_comment()
        {
            var (document, list) = await CompleteAt("class C { object M() => Consumer.Transcripts.Ctso.Q1_2010.Speakers.$$; }");
            var item = list.ItemsList.Single(i => i.DisplayText == "LenaOkafor");
            Assert.Contains(list.ItemsList, i => i.DisplayText == "TomasReyes");
            var description = await CompletionService.GetService(document)!.GetDescriptionAsync(document, item);
            Assert.NotNull(description);
            Assert.Contains("Lena Okafor, EVP, CFO, Contoso Networks (executive).", description!.Text);
            Assert.Contains("2 turns, the first at line 21 of Calls/contoso-q1-2010.txt", description.Text);
        }

        [Fact]
        public async Task Quick_info_on_a_call_shows_who_and_when()
        {
            const string code = "class C { object M() => Consumer.Transcripts.Ctso.Q1_2010.Call; }";
            var document = CreateDocument(code);
            var service = QuickInfoService.GetService(document)!;
            var info = await service.GetQuickInfoAsync(document, code.IndexOf("Q1_2010", StringComparison.Ordinal) + 2);
            Assert.NotNull(info);
            string text = string.Join("\n", info!.Sections.Select(s => s.Text));
            Assert.Contains("Contoso Networks (CTSO), Q1 2010 earnings call on 2010-04-28", text);
            Assert.Contains("From Calls/contoso-q1-2010.txt.", text);
        }

        private sealed class LoadFromLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
        }
    }
}
