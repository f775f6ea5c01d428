using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section class="cover-wrapper"&gt;&lt;img alt="Boats at the pier (Example/Dana Ruiz)"&gt;&lt;/section&gt;&lt;strong
/// class="img_desc"&gt;Boats at the pier &lt;span&gt;(Example/Dana Ruiz)&lt;/span&gt;&lt;/strong&gt;": a cover template sets the lead
/// picture alone in a box of its own and prints its caption in the element right after the box, the very words the CMS
/// wrote into the picture's alt text. The line after the picture that repeats its alt text word for word is the
/// picture's caption, whatever its tag or class: a paragraph of the text never echoes an alt text whole. Only an alt text
/// of four words at least counts (a paper's name under its logo, "Millbrook Valley Register", is a label), only a
/// picture that is no link (a masthead's logo, a teaser's thumbnail) or links to its own larger copy (LargerCopyLink) and only a line holding no picture and no link (a
/// teaser card's headline links to its story).
/// </summary>
internal static class AltTextEchoCaption
{
    /// <summary>Boxes climbed at most from the picture to the box that has a next sibling.</summary>
    private const int MostWrappers = 3;

    /// <summary>An alt text names what the picture shows in a few words at least ("Boats at the pier").</summary>
    private const int FewestWords = 4;

    private const int LongestCaption = 300;

    /// <summary>The element right after the picture's box that repeats its alt text; null where there is none.</summary>
    public static IElement? Below(IElement image)
    {
        // A linked picture is a logo or a teaser's thumbnail: the name under a masthead's logo repeats its alt text too. A
        // link to the picture's larger copy (a lightbox) leaves it the article's own (LargerCopyLink).
        if (image.LocalName != "img" || image.GetAttribute("alt") is not { Length: > 0 and <= LongestCaption * 2 } alt
            || (image.Nearest("a") is { } link && !LargerCopyLink.Is(link)))
        {
            return null;
        }

        // The picture, or the boxes holding it and nothing else (no other element, no text).
        var box = image;
        for (var level = 0; box.NextElementSibling is null; level++)
        {
            if (level == MostWrappers || box.ParentElement is not { ChildElementCount: 1, LocalName: not ("body" or "main" or "article") } parent
                || !string.IsNullOrWhiteSpace(parent.TextContent))
            {
                return null;
            }

            box = parent;
        }

        if (box.NextElementSibling is not { LocalName: "strong" or "em" or "span" or "p" or "div" or "small" } below
            || NodeText.IsLongerThan(below, LongestCaption * 2) || below.SelectFirst("img, picture, a") is not null
            || Whitespace.Collapse(below.TextContent) is not { Length: > 0 and <= LongestCaption } text
            || Words.CountUpTo(text, FewestWords) < FewestWords)
        {
            return null;
        }

        return string.Equals(text, Whitespace.Collapse(alt), StringComparison.Ordinal) ? below : null;
    }
}
