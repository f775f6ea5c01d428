namespace Ingestion.Parser.Core;

/// <summary>
/// "© 2026 C.A. EL DIARIO. Todos los derechos reservados": Latin American companies may write their dotted legal form
/// before the name ("C.A.", compañía anónima; "S.A."), so the holder's name starts after it, not at its first letter.
/// </summary>
internal static class LeadingLegalForm
{
    private static readonly string[] Forms = ["C.A. ", "S.A. ", "S.C. ", "S.L. "];

    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> text)
    {
        foreach (var form in Forms)
        {
            if (text.StartsWith(form, StringComparison.Ordinal))
            {
                return text[form.Length..].TrimStart();
            }
        }

        return text;
    }
}
