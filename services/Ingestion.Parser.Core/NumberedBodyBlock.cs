using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="story-body story-body-1"&gt;…four paragraphs…&lt;/div&gt; … an advertisement, a related box …
/// &lt;div class="story-body story-body-2"&gt;…the rest…&lt;/div&gt;": a broadsheet's template of 2014–2017 numbers the blocks of
/// one story and sets each in a wrapper of its own between the ads. The content root is the first block; the blocks
/// numbered after it, wherever they stand, are the rest of its text, and their paragraphs join it in order.
/// </summary>
internal static class NumberedBodyBlock
{
    /// <summary>The most blocks one story is split into; a template numbering more is counting something else.</summary>
    private const int MaxBlocks = 20;

    public static IElement Joined(IElement root, IDocument document)
    {
        if (Stem(root) is not { } stem)
        {
            return root;
        }

        for (var number = 2; number <= MaxBlocks; number++)
        {
            var next = document.QuerySelector($"{root.LocalName}.{stem}{number}");
            if (next is null || next.Contains(root) || root.Contains(next) || next.SelectFirst("p") is null)
            {
                break;
            }

            while (next.FirstChild is { } child)
            {
                root.AppendChild(child);
            }

            next.Remove();
        }

        return root;
    }

    /// <summary>
    /// "story-body-" for a root classed "story-body story-body-1": a class token ending in "-1" whose stem is another of its
    /// classes, so the number counts blocks of that kind; null for any other root.
    /// </summary>
    private static string? Stem(IElement root)
    {
        if (root.LocalName is not ("div" or "section"))
        {
            return null;
        }

        foreach (var token in root.ClassList)
        {
            if (token.Length > 3 && char.IsAsciiLetter(token[0]) && token.EndsWith("-1", StringComparison.Ordinal) && root.ClassList.Contains(token[..^2])
                && token.AsSpan(0, token.Length - 2).IndexOfAnyExcept(CssNameCharacters) < 0)
            {
                return token[..^1];
            }
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> CssNameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");
}
