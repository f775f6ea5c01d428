namespace Ingestion.Parser.Core;

/// <summary>
/// "Hardcover 280 Seiten ISBN:978-3-00-000000-0 Erschienen:14.03.2018": a publisher's product page sets the item's facts
/// as label and value spans in one paragraph, which a reader (and a text dump) sees as one row of fields. The field
/// labelled as the publication ("Erschienen:", "Veröffentlicht:", "Published:") gives the page's date when its value, the
/// row's last field, is a date and nothing else. Only a row with another labelled field before that one counts
/// ("ISBN:", "Format:"), short and with no sentence in front of it: a sentence that says something "published: …" is text.
/// </summary>
internal static class PublicationFieldInFactRow
{
    /// <summary>Labels of a publication date, as one word before the field's colon.</summary>
    private static readonly WordSet Labels = new(
        ["erschienen", "erscheinungsdatum", "erscheinungstermin", "veröffentlicht", "published", "publié", "publiée", "publicado", "publicada", "pubblicato", "verschenen"]);

    /// <summary>The longest row read: a few fields, no paragraph.</summary>
    private const int LongestRow = 160;

    /// <summary>The longest label of another field before the date ("Erscheinungstermin").</summary>
    private const int LongestLabel = 20;

    public static bool TryParse(string line, out PageTime time)
    {
        time = default;
        var text = line.AsSpan().Trim();
        if (text.Length > LongestRow || text.Count(':') < 2 || !Words.HasDigit(text))
        {
            return false;
        }

        var fieldsBefore = 0;
        var from = 0;
        while (text[from..].IndexOf(':') is >= 0 and var found)
        {
            var colon = from + found;
            var wordStart = text[..colon].LastIndexOf(' ') + 1;
            var label = text[wordStart..colon];
            if (fieldsBefore > 0 && Labels.Contains(label))
            {
                // "… Erschienen:14.03.2018": the value runs to the row's end and is a date, no relative time.
                return !text[..wordStart].Contains(". ", StringComparison.Ordinal)
                    && DateLineParser.TryParseLine(text[(colon + 1)..].Trim(), out time) && time.Date is not null && !time.Relative;
            }

            fieldsBefore += label.Length is > 1 and <= LongestLabel && Words.AreAllLetters(label) ? 1 : 0;
            from = colon + 1;
        }

        return false;
    }
}
