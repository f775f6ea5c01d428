using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a&gt;&lt;img&gt;&lt;/a&gt;&lt;span class="photo-data"&gt;&lt;span class="byline"&gt;Publisher Books&lt;/span&gt;&lt;/span&gt;": a
/// newspaper template (Advance's, BLOX's "photo-byline") sets the picture's credit as the photo's byline, in a box named
/// for the photo right under the picture. The byline names who made or supplied the picture: a credit, no writer.
/// </summary>
internal static class PhotoBylineUnderPicture
{
    private static readonly WordSet PhotoWords = new("photo", "image", "img", "picture", "media");

    private static readonly WordSet BylineWords = new("byline");

    /// <summary>The credit in the box under the picture, when the box is the photo's and holds only its byline; else null.</summary>
    public static string? Read(IElement below) =>
        below.Children is [var only] && only.Children.Length == 0
        && below.ClassName is { } boxClass && PhotoWords.ContainsNamePart(boxClass)
        && only.ClassName is { } bylineClass && BylineWords.ContainsNamePart(bylineClass)
        && Whitespace.Collapse(only.TextContent) is { Length: > 0 and < 120 } credit && credit.Length == Whitespace.Collapse(below.TextContent).Length
            ? credit
            : null;
}
