namespace Ingestion.Parser.Core;

/// <summary>
/// "Publicado a 26 de Setembro de 2013, às 18:42 (hora de Lisboa)": Portuguese papers, read in the islands and by the
/// emigrant communities as well, name mainland Portugal's clock after its capital, in words, as Brazilian papers name
/// Brasília's. Lisbon keeps Western European time: UTC in winter, one hour ahead in the EU summer time.
/// </summary>
internal static class LisbonTime
{
    /// <summary>The zone name a date line carries once it has read "hora de Lisboa".</summary>
    public const string ZoneName = "hora de Lisboa";

    /// <summary>"Lisboa", the word that closes the clock's name; "hora" or "horário" opens it, as for Brasília.</summary>
    public static bool ClosesName(ReadOnlySpan<char> word) => word.Equals("lisboa", StringComparison.OrdinalIgnoreCase);
}
