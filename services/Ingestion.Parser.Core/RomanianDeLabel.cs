namespace Ingestion.Parser.Core;

/// <summary>
/// "de Andreea Stănescu   |   26 septembrie 2013, 17:42": Romanian papers label the byline with the preposition "de"
/// ("by"), in lower case. The word opens many Spanish, French, Portuguese and Dutch lines too ("de la Redacción", "De
/// acuerdo con …"), so it is a label only in lower case and before a capitalised word.
/// </summary>
internal static class RomanianDeLabel
{
    /// <summary>The label's length with its space (3), or 0 when the text does not open with it.</summary>
    public static int Length(ReadOnlySpan<char> text) =>
        text.Length > 4 && text[0] == 'd' && text[1] == 'e' && text[2] == ' ' && char.IsUpper(text[3]) ? 3 : 0;
}
