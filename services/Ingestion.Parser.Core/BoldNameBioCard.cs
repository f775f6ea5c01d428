using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p class="postmetadata"&gt;&lt;small&gt;&lt;strong&gt;Dana Whitcomb&lt;/strong&gt; (aka harborlight) is the founder of … You can follow
/// her on …&lt;/small&gt;": a personal blog's theme prints no byline, only the writer's card in the entry's metadata box under
/// the text, the name in bold and then what the writer is. On a page with no byline it is the only place that names the
/// writer (as AuthorCardUnderText reads a bare name over its biography). The bold name must open its block, the block
/// must go on with "is" or "was" (after a parenthesised handle at most), and the block or one of its two nearest
/// ancestors must be classed as metadata, an author box or a biography: a bold name opening a paragraph of the story
/// ("&lt;p&gt;&lt;strong&gt;Ada Reyes&lt;/strong&gt; is the port's director.") is the text's, and stays so.
/// Cost: asked once per page, only when no other reading found a writer; one pass over the page's bold elements.
/// </summary>
internal static class BoldNameBioCard
{
    private const int MaxNameLength = 40;

    private static readonly WordSet CardClasses = new(["postmetadata", "meta", "author", "bio", "biography", "about"]);

    /// <summary>The writer a bold-name card in a metadata or author box names, or null.</summary>
    public static string? Writer(IDocument document)
    {
        foreach (var bold in document.SelectAll("strong, b"))
        {
            // Cheap gate first: a short bold run.
            var raw = bold.TextContent;
            if (raw.Length is < 5 or > MaxNameLength || bold.ParentElement is not { } block)
            {
                continue;
            }

            var name = Whitespace.Collapse(raw);
            if (Words.Count(name) is < 2 or > 4 || !Words.LooksLikePersonName(name) || !IsCardBox(block))
            {
                continue;
            }

            var text = Whitespace.Collapse(block.TextContent);
            if (text.StartsWith(name, StringComparison.Ordinal) && GoesOnAsBiography(text.AsSpan(name.Length)))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>" is the co-founder of …", " (aka handle, other) is …", " was …".</summary>
    private static bool GoesOnAsBiography(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        if (rest.StartsWith("(") && rest.IndexOf(')') is > 0 and < 60 and var close)
        {
            rest = rest[(close + 1)..].TrimStart();
        }

        return rest.StartsWith("is ") || rest.StartsWith("was ");
    }

    private static bool IsCardBox(IElement block)
    {
        var element = block;
        for (var depth = 0; depth < 3 && element is not null; depth++, element = element.ParentElement)
        {
            if (element.ClassName is { Length: > 0 } className && CardClasses.ContainsNamePart(className))
            {
                return true;
            }
        }

        return false;
    }
}
