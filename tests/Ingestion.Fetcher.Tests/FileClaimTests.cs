using Xunit;

namespace Ingestion.Fetcher.Tests;

public sealed class FileClaimTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-").FullName;

    /// <summary>A fetcher that takes a claim over after a crash has only the claim's name to publish the file under.</summary>
    [Fact]
    public void A_claim_read_back_from_its_path_keeps_a_name_of_218_bytes_whole()
    {
        var name = new string('n', 213) + ".html";
        var source = Path.Combine(_folder, name);
        File.WriteAllText(source, "page");

        var claim = FileClaim.TryTake(source, name, _folder, DateTimeOffset.UtcNow);

        Assert.NotNull(claim);
        Assert.Equal(name, FileClaim.Parse(claim.Path)?.FileName);
    }

    [Fact]
    public void A_name_too_long_for_the_claim_is_shortened_keeping_its_extension()
    {
        var name = new string('n', 250) + ".html";
        var source = Path.Combine(_folder, name);
        File.WriteAllText(source, "page");

        var claim = FileClaim.TryTake(source, name, _folder, DateTimeOffset.UtcNow);

        Assert.NotNull(claim);
        Assert.Equal(name, claim.FileName);
        Assert.EndsWith(".html", FileClaim.Parse(claim.Path)?.FileName, StringComparison.Ordinal);
        Assert.True(Path.GetFileName(claim.Path).Length <= FileNameLimit.MaxBytes);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
