namespace Ingestion.Parser.Core.Tests;

/// <summary>The hand-labelled pages: the two samples at the repository root and the corpus beside these tests.</summary>
public static class LabelledPages
{
    private static readonly string[] PageExtensions = [".txt", ".html", ".htm"];

    public static string RepositoryRoot { get; } = FindRoot();

    public static IEnumerable<string> All()
    {
        var folders = new[] { Path.Combine(RepositoryRoot, "samples"), Path.Combine(RepositoryRoot, "tests", "Ingestion.Parser.Core.Tests", "Pages") };
        return folders
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.expected.json"))
            .Select(expected => PageFor(expected))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The page a label belongs to: NAME.txt or NAME.html beside NAME.expected.json.</summary>
    public static string PageFor(string expectedPath)
    {
        var stem = expectedPath[..^".expected.json".Length];
        return PageExtensions.Select(extension => stem + extension).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"No page beside {expectedPath}");
    }

    /// <summary>The parser's split of a page's content (the labelled page's or a rewrite of it), as the parse verb prints it.</summary>
    public static string SplitAsJson(byte[] content, string pagePath)
    {
        var name = Path.GetFileName(pagePath);
        return ParsedPageJson.Serialize(PageParser.Parse(content, name), name);
    }

    public static string SplitAsJson(string text, string pagePath) => SplitAsJson(System.Text.Encoding.UTF8.GetBytes(text), pagePath);

    public static string ExpectedFor(string pagePath) => Path.ChangeExtension(pagePath, null) + ".expected.json";

    public static string Relative(string path) => Path.GetRelativePath(RepositoryRoot, path);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ingestion.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Ingestion.sln not found above the test binaries");
    }
}
