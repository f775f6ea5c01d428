namespace Ingestion.Parser.Core;

/// <summary>
/// "Liebe Gartenfreundinnen und Gartenfreunde," over a club's notice, "Dear neighbours," over a letter: a greeting
/// that opens the text ends with a comma and addresses the readers. It is the text's first line, never its headline,
/// however short it is.
/// </summary>
internal static class SalutationLine
{
    private static readonly WordSet Greetings = new(
        "liebe", "lieber", "liebes", "hallo", "servus", "moin", "dear", "hello", "chers", "chères", "cher", "chère", "bonjour",
        "queridos", "queridas", "querido", "querida", "estimados", "estimadas", "hola", "cari", "carissimi", "beste");

    public static bool Is(string text)
    {
        var line = text.AsSpan().Trim();
        if (line.Length is < 5 or > 200 || line[^1] != ',')
        {
            return false;
        }

        var space = line.IndexOf(' ');
        return space > 0 && Greetings.Contains(line[..space]) && char.IsUpper(line[0]);
    }
}
