using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="c-article-media-copyright"&gt;FILE - Crews wait on the quay …, May 2, 2026 &lt;span&gt; - &lt;/span&gt;
/// &lt;div class="c-article__copyright"&gt;Copyright 2026 Harbour Photo Agency&lt;/div&gt;&lt;/div&gt;" in the story's header: a
/// template names the lead picture's caption box for its credit, and prints the caption as the box's own text before
/// the credit's element. No caption class marks it, so the caption was read as no picture's and left the page, and a
/// text reading took the caption's "FILE" mark for a writer. A box whose class joins a picture's word ("media",
/// "image", "photo", "picture") to a credit's ("copyright", "credit"), whose own text is a caption's sentence (six words
/// or more, no rights notice), and which holds an element with a copyright sign or word after it, is the caption with its
/// credit. A site's copyright line holds no picture's word in its class, and one in a footer or a menu is never asked.
/// Cost: one class-name split per element with a class, and a look at the children only of a box so named.
/// </summary>
internal static class CaptionInPictureCopyrightBox
{
    private static readonly WordSet PictureWords = new(["media", "image", "img", "photo", "picture", "foto"]);

    private static readonly WordSet CreditWords = new(["copyright", "credit", "credits"]);

    private static readonly WordSet RightsWords = new(["copyright", "rights", "reserved", "©"]);

    private const int MinWords = 6;

    private const int MaxLength = 600;

    public static bool Is(IElement element)
    {
        if (element.ClassName is not { Length: > 0 } names || !CreditWords.ContainsNamePart(names) || !PictureWords.ContainsNamePart(names)
            || element.ChildElementCount == 0 || NodeText.IsLongerThan(element, MaxLength * 2) || element.Nearest("footer, nav") is not null)
        {
            return false;
        }

        // The caption: the box's own text before its first child element.
        var ownText = element.FirstChild is { NodeType: NodeType.Text } first ? first.TextContent.AsSpan().Trim() : [];
        if (ownText.Length is 0 or > MaxLength || Words.CountUpTo(ownText, MinWords) < MinWords || ownText.Contains('©') || HoldsRightsWord(ownText))
        {
            return false;
        }

        foreach (var child in element.Children)
        {
            if (child.TextContent.AsSpan().IndexOf('©') >= 0 || child.TextContent.Contains("copyright", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsRightsWord(ReadOnlySpan<char> text)
    {
        foreach (var range in text.SplitAny(" ,.;:"))
        {
            if (RightsWords.Contains(text[range]))
            {
                return true;
            }
        }

        return false;
    }
}
