using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShortFirstNameSignatureTests
{
    [Theory]
    [InlineData("Max Berger", "Maximilian Berger", true)]
    [InlineData("Alex van Dijk", "Alexander van Dijk", true)]
    [InlineData("Maria Berger", "Markus Berger", false)]
    [InlineData("Max Bergmann", "Maximilian Berger", false)]
    [InlineData("Ma Berger", "Maximilian Berger", false)]
    [InlineData("Maximilian Berger", "Maximilian Berger", false)]
    public void A_short_first_name_over_the_bylines_surname_names_the_writer(string line, string author, bool names) =>
        Assert.Equal(names, ShortFirstNameSignature.Names(line, author));

    [Fact]
    public void The_short_signature_under_the_last_paragraph_leaves_the_text()
    {
        var body = new List<string> { "The first paragraph tells the story of the blog.", "Enjoy the summer, and see you in a few weeks,", "Max Berger" };

        SignatureUnderText.RemoveFrom(body, ["Maximilian Berger"]);

        Assert.Equal(2, body.Count);
    }

    [Fact]
    public void Another_persons_signature_stays()
    {
        var body = new List<string> { "The first paragraph tells the story of the blog.", "Enjoy the summer, and see you in a few weeks,", "Maria Berger" };

        SignatureUnderText.RemoveFrom(body, ["Markus Berger"]);

        Assert.Equal(3, body.Count);
    }
}
