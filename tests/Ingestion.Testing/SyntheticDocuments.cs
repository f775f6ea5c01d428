using System.Security.Cryptography;
using System.Text;
using Ingestion.Contracts;

namespace Ingestion.Testing;

/// <summary>
/// Parsed documents shaped like the sample pages (a few kilobytes of page, a body of paragraphs, a thread of
/// comments with replies), each with content of its own, so its id is new unless a test reuses the content.
/// </summary>
public sealed class SyntheticDocuments(int seed = 1)
{
    private static readonly string[] Words =
    [
        "minister", "meeting", "resolution", "council", "chemical", "weapons", "framework", "agreement", "official",
        "security", "senior", "state", "department", "hurdles", "binding", "verifiable", "draft", "vote", "week",
        "reporters", "talks", "river", "harbour", "election", "budget", "school", "storm", "market", "energy",
    ];

    private readonly Random _random = new(seed);

    public static string IdOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A page's raw bytes, unique to this call.</summary>
    public byte[] Content(int approximateBytes = 6_000)
    {
        var text = new StringBuilder($"<!-- {Guid.NewGuid()} -->\n<html><body>\n");
        while (text.Length < approximateBytes)
        {
            text.Append("<p>").Append(Sentence(20)).Append("</p>\n");
        }

        return Encoding.UTF8.GetBytes(text.Append("</body></html>").ToString());
    }

    public DocumentParsed Parsed(
        int commentCount = 10,
        int parserVersion = 1,
        string? fileName = null,
        byte[]? content = null,
        DateTimeOffset? fetchedAt = null)
    {
        content ??= Content();
        var id = IdOf(content);
        var fetched = fetchedAt ?? DateTimeOffset.UtcNow;
        return new DocumentParsed
        {
            DocumentId = id,
            FileName = fileName ?? $"{id[..12]}.html",
            ContentType = "text/html",
            Size = content.Length,
            Content = content,
            FetchedAt = fetched,
            ParserVersion = parserVersion,
            ParsedAt = fetched.AddMilliseconds(5),
            Article = new Article
            {
                Title = Sentence(8),
                Authors = [$"{Word()} {Word()}"],
                PublishedAt = "2013-09-24T22:42:00-04:00",
                Site = "news.example",
                Tags = [Word(), Word()],
                DeclaredCommentCount = commentCount,
                BodyParagraphs = Enumerable.Range(0, 8).Select(_ => Sentence(45)).ToArray(),
            },
            Comments = Thread(commentCount),
            Warnings = [],
        };
    }

    /// <summary>Top-level comments, each of the first few followed by a reply, as pages usually nest them.</summary>
    public IReadOnlyList<Comment> Thread(int count)
    {
        var comments = new List<Comment>(count);
        for (var ordinal = 1; ordinal <= count; ordinal++)
        {
            comments.Add(new Comment
            {
                Ordinal = ordinal,
                Parent = ordinal % 3 == 0 ? ordinal - 1 : null,
                Author = Word(),
                PostedAt = "2013-09-25T08:15",
                Paragraphs = [Sentence(30)],
            });
        }

        return comments;
    }

    private string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Word())) + ".";

    private string Word() => Words[_random.Next(Words.Length)];
}
