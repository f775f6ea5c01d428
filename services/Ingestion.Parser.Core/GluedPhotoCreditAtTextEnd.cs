using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "… unterliegen der Aufsicht der Landesbehörden.Foto: bildarchiv.example": a government portal's template prints the
/// credit of the page's lead picture (set apart above the text, with no caption of its own) glued to the full stop that
/// closes the text's last paragraph. The credit is no part of the sentence: it is the picture's caption entry, its label
/// kept as an HTML caption keeps it, and the paragraph ends at the full stop. Cut from the text's box before the text is
/// read, lest the paragraph with a credit at its end be read as a caption.
/// </summary>
internal static class GluedPhotoCreditAtTextEnd
{
    private static readonly string[] Labels = [".Foto: ", ".Fotos: ", ".Bild: ", ".Photo: ", ".Photos: ", ".Image: "];

    private const int MaxCreditWords = 6;

    /// <summary>Cuts the credit off the last paragraph of <paramref name="root"/> and returns it; null when there is none.</summary>
    public static string? Take(IElement root)
    {
        var last = root.SelectAll("p").LastOrDefault(paragraph => !paragraph.TextContent.AsSpan().Trim().IsEmpty);
        // The text node's own spacing is kept: a space opening it parts it from the inline element before it.
        if (last?.LastChild is not IText text || Split([text.Data.TrimEnd()]) is not ([var left], { } credit))
        {
            return null;
        }

        text.Data = left;
        return Whitespace.Collapse(credit).Trim();
    }

    /// <summary>The body with the credit cut off its last paragraph, and the credit; the same body and null when there is none.</summary>
    public static (List<string> Body, string? Credit) Split(List<string> body)
    {
        if (body.Count == 0)
        {
            return (body, null);
        }

        var last = body[^1];
        foreach (var label in Labels)
        {
            var at = last.LastIndexOf(label, StringComparison.Ordinal);
            if (at <= 0 || !char.IsLetterOrDigit(last[at - 1]))
            {
                continue;
            }

            var credit = last[(at + 1)..];
            if (Words.Count(credit) > MaxCreditWords || credit.EndsWith('.') || credit.Length <= label.Length)
            {
                return (body, null);
            }

            return ([.. body[..^1], last[..(at + 1)]], credit);
        }

        return (body, null);
    }
}
