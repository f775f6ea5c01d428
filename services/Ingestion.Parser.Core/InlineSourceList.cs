namespace Ingestion.Parser.Core;

/// <summary>
/// "SOURCES: Grace Whitley, PhD, exercise researcher. Journal of Applied Aging, Sept. 2013.": a health story's list of the
/// people and studies it drew on, printed after its capitals label on one line under the text. Like the label alone over
/// the list ("SOURCES:" / entries), it is no body. Only the capitals label is read so: a paragraph may open "Sources said".
/// </summary>
internal static class InlineSourceList
{
    private static readonly string[] Labels = ["SOURCES: ", "SOURCE: ", "REFERENCES: ", "FUENTES: ", "QUELLEN: "];

    public static bool Is(string text)
    {
        // Most lines open with no capital S, R, F or Q: turned down before the labels are compared.
        if (text.Length < 12 || text[0] is not ('S' or 'R' or 'F' or 'Q') || !char.IsUpper(text[1]))
        {
            return false;
        }

        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.Ordinal))
            {
                return text.Length > label.Length && char.IsLetter(text[label.Length]);
            }
        }

        return false;
    }
}
