using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Alle Angaben ohne Gewähr." over "Copyright © 2010/2012 Site - Alle Rechte vorbehalten; …" under a market analysis:
/// the publisher's no-warranty line opens the small print that closes the text (the copyright, the data vendor, the
/// disclosure), none of it a paragraph of the story. The line is short and says only that; the paragraph after it is a
/// copyright notice, or it closes the text alone. A story's sentence naming a guarantee is longer prose and stays, and
/// a short line of that kind with more story after it is no opening of small print.
/// </summary>
internal static class NoWarrantySmallPrint
{
    private const int MaxLineLength = 60;

    private static readonly SearchValues<string> NoWarrantyWords = SearchValues.Create(
        ["ohne gewähr", "ohne gewaehr", "sans garantie", "senza garanzia", "without guarantee", "without warranty"], StringComparison.OrdinalIgnoreCase);

    public static List<string> Without(List<string> body)
    {
        for (var index = 1; index < body.Count; index++)
        {
            if (IsLine(body[index]) && (index == body.Count - 1 || CopyrightNotice.Opens(body[index + 1])))
            {
                return body[..index];
            }
        }

        return body;
    }

    private static bool IsLine(string text) => text.Length <= MaxLineLength && text.AsSpan().IndexOfAny(NoWarrantyWords) >= 0;
}
