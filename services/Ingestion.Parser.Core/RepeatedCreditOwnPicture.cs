using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Two steps of a how-to page, each with its own photo and the same agency credit under it ("Name/Agency/Getty
/// Images" twice): a reader sees the credit twice, once a picture, and the conventions keep one entry per caption as
/// shown. A caption repeating an earlier one's words counts again only when its picture is another file; the same
/// picture captioned twice (a responsive page's desktop and mobile copies, a lightbox's copy) stays one entry.
/// </summary>
internal sealed class RepeatedCreditOwnPicture
{
    private readonly Dictionary<string, HashSet<string>> _pictures = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/>, read from <paramref name="caption"/>, is an entry of its own; records it when so.</summary>
    public bool IsNew(string text, IElement caption, IReadOnlyCollection<string> captions)
    {
        var picture = PictureOf(caption);
        if (!captions.Contains(text))
        {
            _pictures[text] = picture is null ? [] : [picture];
            return true;
        }

        if (picture is null || !_pictures.TryGetValue(text, out var seen) || seen.Count == 0 || !seen.Add(picture))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="text"/>, read from the line right under <paramref name="image"/> (a credit under a picture
    /// with no figure caption: "&lt;p&gt;&lt;img&gt;&lt;/p&gt;&lt;div class="image-credit"&gt;Image: Name/Site&lt;/div&gt;"), is an entry of its
    /// own; records it when so. The same credit under another picture file counts again; under the same file it does not.
    /// </summary>
    public bool IsNewUnder(string text, IElement image, IReadOnlyCollection<string> captions)
    {
        // A lazy picture names its file in data-src until it loads (LazyPictureFile).
        var source = (image.LocalName == "img" ? image : image.SelectFirst("img")) is { } shown ? LazyPictureFile.Source(shown) : null;
        var picture = source is { Length: > 0 } ? FileOf(source) : null;
        if (!captions.Contains(text))
        {
            _pictures[text] = picture is null ? [] : [picture];
            return true;
        }

        return picture is not null && _pictures.TryGetValue(text, out var seen) && seen.Count > 0 && seen.Add(picture);
    }

    /// <summary>The file of the one picture in the caption's box (a figure, or the box holding the figure and its caption).</summary>
    private static string? PictureOf(IElement caption)
    {
        if (caption.ParentElement is { } box && box.SelectAll("img").ToList() is var images && images.Count == 1)
        {
            return LazyPictureFile.Source(images[0]) is { Length: > 0 } source ? FileOf(source) : null;
        }

        // "<p><img src="p.gif" data-original="/uploads/alternates.jpg"></p><p class="caption">…</p>" in a text of many
        // pictures: the paragraph right over the caption holds its picture (PictureParagraphOverCaption).
        return PictureParagraphOverCaption.Source(caption) is { Length: > 0 } over ? FileOf(over) : null;
    }

    /// <summary>
    /// ".../uploads/4471/harbour-dawn.jpg" for two crops an image service cuts of one file; a service naming the picture only in
    /// its query ("resize?w=980&amp;id=7") keeps the whole address.
    /// </summary>
    private static string FileOf(string source)
    {
        var path = source.AsSpan(0, source.IndexOfAny(['?', '#']) is >= 0 and var query ? query : source.Length);
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.Contains('.') ? name.ToString() : source;
    }
}
