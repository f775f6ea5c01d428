namespace Ingestion.Parser.Core;

/// <summary>
/// "This material may not be published, broadcast, rewritten, or redistributed. ©2023 … All rights reserved. Quotes
/// displayed in real-time …": the wire's rights notice, which a news network's header and footer run on with their
/// market-data credits past the length the short notices are checked at. It opens the line, so the line is the notice,
/// however long: no story's sentence begins with it.
/// </summary>
internal static class RightsNoticeLine
{
    private const string Opening = "This material may not be published";

    public static bool Is(ReadOnlySpan<char> text) => text.StartsWith(Opening, StringComparison.OrdinalIgnoreCase);
}
