using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// The comments an article's JSON-LD lists (<c>"comment": [{"@type": "Comment", "author": {"name": …}, "dateCreated": …,
/// "text": …}]</c>, replies under each one's own <c>"comment"</c>), as MacRumors lists the "Top Rated Comments" it shows in
/// CSS-module boxes (<c>div.username--2Y8YKhbw</c>). They are the thread only where the page shows every listed
/// commenter's name (a block can list comments the page does not show), and its own boxes read as none, or as the same
/// commenters without times.
/// </summary>
internal static partial class JsonLdComments
{
    private const int MaxDepth = 8;

    public static List<ParsedComment> Read(JsonElement listed)
    {
        var comments = new List<ParsedComment>();
        Add(listed, parent: null, comments, depth: 0);
        return comments;
    }

    /// <summary>Every comment names its writer, and the page shows each name as an element's whole text (a name link, a name box).</summary>
    public static bool ShownOn(IDocument document, IReadOnlyList<ParsedComment> comments)
    {
        if (comments.Count == 0 || comments.Any(comment => comment.Author is null) || document.Body is not { } body)
        {
            return false;
        }

        var shownNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in body.Descendants<IElement>())
        {
            if (element.ChildElementCount == 0 && !NodeText.IsLongerThan(element, 100) && element.LocalName is not ("script" or "style" or "template"))
            {
                shownNames.Add(Whitespace.Collapse(element.TextContent));
            }
        }

        return comments.All(comment => shownNames.Contains(comment.Author!));
    }

    /// <summary>
    /// The thread the page's boxes gave is the listed one, commenter for commenter, but its times were ages no reader dates
    /// ("181 months ago"): the listed comments, each with its time, are the same thread told more fully.
    /// </summary>
    public static bool AddsTimesToSameThread(IReadOnlyList<ParsedComment> read, IReadOnlyList<ParsedComment> listed) =>
        read.Count == listed.Count && read.Any(comment => comment.PostedAt is null) && listed.All(comment => comment.PostedAt is not null)
        && read.Select(comment => comment.Author).SequenceEqual(listed.Select(comment => comment.Author), StringComparer.Ordinal);

    private static void Add(JsonElement value, int? parent, List<ParsedComment> comments, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                Add(item, parent, comments, depth + 1);
            }

            return;
        }

        if (value.ValueKind != JsonValueKind.Object || Paragraphs(RawText(value, "text") ?? RawText(value, "description")) is not { Count: > 0 } paragraphs)
        {
            return;
        }

        var ordinal = comments.Count + 1;
        comments.Add(new ParsedComment
        {
            Ordinal = ordinal,
            Parent = parent,
            Author = AuthorName(value),
            PostedAt = DateLineParser.ToIso(RawText(value, "dateCreated") ?? RawText(value, "datePublished")),
            Paragraphs = paragraphs,
        });
        if (value.TryGetProperty("comment", out var replies))
        {
            Add(replies, ordinal, comments, depth + 1);
        }
    }

    private static string? AuthorName(JsonElement comment)
    {
        if (!comment.TryGetProperty("author", out var author))
        {
            return null;
        }

        var name = author.ValueKind switch
        {
            JsonValueKind.String => author.GetString(),
            JsonValueKind.Object => RawText(author, "name"),
            JsonValueKind.Array when author.GetArrayLength() > 0 && author[0].ValueKind == JsonValueKind.Object => RawText(author[0], "name"),
            _ => null,
        };
        return Whitespace.Collapse(name) is { Length: > 0 } collapsed ? collapsed : null;
    }

    /// <summary>
    /// A blank line parts the text's paragraphs, as the shown comment's <c>&lt;br&gt;&lt;br&gt;</c> does (text written as
    /// HTML is made plain first, <see cref="CommentTextMarkup"/>); a paragraph of picture addresses alone
    /// ("https://forums.example/proxy.php?image=…") is pictures the page shows, no words.
    /// </summary>
    private static List<string> Paragraphs(string? text) =>
        text is null ? [] : BlankLine().Split(CommentTextMarkup.AsText(text)).Select(Whitespace.Collapse).Where(paragraph => paragraph.Length > 0 && !IsPictureAddresses(paragraph)).ToList();

    private static bool IsPictureAddresses(string paragraph) =>
        paragraph.Split(' ').All(word => word.StartsWith("http", StringComparison.OrdinalIgnoreCase) && PictureAddress().IsMatch(word));

    private static string? RawText(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"\r?\n[ \t]*\r?\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^https?://\S+(?:[?&]image=|\.(?:jpe?g|png|gif|webp)(?:$|[?#]))", RegexOptions.IgnoreCase)]
    private static partial Regex PictureAddress();
}
