using System.Security.Cryptography;
using System.Text;
using Ingestion.Parser.Core;

namespace Ingestion.FaultInjection;

/// <summary>
/// Pages with a known outcome: the hand-labelled samples and parser test pages, each copy made unique by a
/// whitespace tail that encodes its number (the parser ignores trailing whitespace, so every copy splits exactly
/// like its source). The expected comment count is the parser's count for the source page.
/// </summary>
internal sealed class PageCorpus
{
    private readonly IReadOnlyList<SourcePage> _sources;

    private PageCorpus(IReadOnlyList<SourcePage> sources) => _sources = sources;

    public int SourceCount => _sources.Count;

    public static PageCorpus Load(string repositoryRoot)
    {
        var folders = new[]
        {
            Path.Combine(repositoryRoot, "samples"),
            Path.Combine(repositoryRoot, "tests", "Ingestion.Parser.Core.Tests", "Pages"),
        };
        var sources = folders
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder))
            .Where(path => Path.GetExtension(path) is ".txt" or ".html")
            .Order(StringComparer.Ordinal)
            .Select(path => SourcePage.Read(path))
            .Where(page => page is not null)
            .Select(page => page!)
            .ToList();
        return sources.Count > 0
            ? new PageCorpus(sources)
            : throw new InvalidOperationException($"No source pages found under {string.Join(" or ", folders)}.");
    }

    /// <summary>File <paramref name="number"/> of run <paramref name="runKey"/>: a name, unique bytes and the expected result.</summary>
    public CorpusFile File(int number, long runKey)
    {
        var source = _sources[number % _sources.Count];
        var content = source.Content.Concat(UniqueTail(runKey, number)).ToArray();
        var fileName = $"{number:D5}-{Path.GetFileName(source.Path)}";
        var parsed = PageParser.Parse(content, fileName, ContentTypeOf(fileName));
        if (parsed.Comments.Count != source.CommentCount)
        {
            throw new InvalidOperationException(
                $"{fileName}: the unique tail changed the parse of {source.Path} ({parsed.Comments.Count} comments instead of {source.CommentCount}).");
        }

        return new CorpusFile(fileName, content, Convert.ToHexStringLower(SHA256.HashData(content)), source.CommentCount);
    }

    /// <summary>What the fetcher sends with the file, from its extension.</summary>
    private static string ContentTypeOf(string fileName) =>
        Path.GetExtension(fileName) == ".html" ? "text/html" : "text/plain";

    /// <summary>The run and file number in binary, as spaces and tabs, then a newline.</summary>
    private static byte[] UniqueTail(long runKey, int number)
    {
        var bits = new StringBuilder("\n");
        foreach (var value in new[] { runKey, number })
        {
            for (var bit = 62; bit >= 0; bit--)
            {
                bits.Append(((value >> bit) & 1) == 1 ? '\t' : ' ');
            }
        }

        return Encoding.ASCII.GetBytes(bits.Append('\n').ToString());
    }

    private sealed record SourcePage(string Path, byte[] Content, int CommentCount)
    {
        /// <summary>Null for a page the parser would reject (no title, body or comments): it makes no document.</summary>
        public static SourcePage? Read(string path)
        {
            var content = System.IO.File.ReadAllBytes(path);
            var page = PageParser.Parse(content, System.IO.Path.GetFileName(path), ContentTypeOf(path));
            return page.Title is null && page.BodyParagraphs.Count == 0 && page.Comments.Count == 0
                ? null
                : new SourcePage(path, content, page.Comments.Count);
        }
    }
}

/// <summary>One file the suite drops into the inbox, with the document it must become.</summary>
internal sealed record CorpusFile(string FileName, byte[] Content, string DocumentId, int CommentCount);
