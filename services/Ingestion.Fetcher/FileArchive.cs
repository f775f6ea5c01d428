namespace Ingestion.Fetcher;

/// <summary>Moves files without ever overwriting one: a taken name gets a counter, as file managers do.</summary>
internal static class FileArchive
{
    public static string MoveUnique(string sourcePath, string folder, string fileName)
    {
        Directory.CreateDirectory(folder);
        for (var attempt = 1; ; attempt++)
        {
            var candidate = Path.Combine(folder, attempt == 1 ? FileNameLimit.Fit(fileName) : Numbered(fileName, attempt));
            try
            {
                File.Move(sourcePath, candidate, overwrite: false);
                return candidate;
            }
            catch (IOException) when (File.Exists(candidate) || Directory.Exists(candidate))
            {
                // Taken: try the next name. Any other failure propagates.
            }
        }
    }

    private static string Numbered(string fileName, int attempt)
    {
        var number = $" ({attempt})";
        var fitted = FileNameLimit.Fit(fileName, number.Length);
        return Path.GetFileNameWithoutExtension(fitted) + number + Path.GetExtension(fitted);
    }
}
