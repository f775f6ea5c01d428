namespace Ingestion.Parser.Core;

/// <summary>
/// "LICENSED UNDER CC BY NC ND", "Lizenziert unter CC BY-SA 4.0", "Publié sous licence Creative Commons BY-NC": a blog's
/// link to the licence its posts are published under, a short line of its own under the text. It is small print, as
/// <see cref="LicenceNoticeParagraph"/>'s chooser notice is, and no paragraph. The line opens with the publishing words
/// and names a Creative Commons licence; a sentence of the text that speaks about licences runs longer or opens otherwise.
/// </summary>
internal static class LicenceTermsLine
{
    private const int LongestLine = 90;

    private static readonly string[] Openings =
    [
        "licensed under", "published under", "lizenziert unter", "veröffentlicht unter", "publié sous licence", "publié sous", "sous licence",
        "bajo licencia", "publicado bajo", "pubblicato con licenza", "gelicenseerd onder",
    ];

    private static readonly string[] Licences = ["cc", "creative commons"];

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestLine || text.Length < 16 || Words.EndsSentence(text))
        {
            return false;
        }

        foreach (var opening in Openings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase) && text.Length > opening.Length + 1 && text[opening.Length] == ' ')
            {
                var rest = text[(opening.Length + 1)..].TrimStart(" a:");
                foreach (var licence in Licences)
                {
                    if (rest.StartsWith(licence, StringComparison.OrdinalIgnoreCase) && (rest.Length == licence.Length || !char.IsLetter(rest[licence.Length])))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }
}
