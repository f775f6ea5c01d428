using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LicenceTermsLineTests
{
    [Theory]
    [InlineData("LICENSED UNDER CC BY NC ND")]
    [InlineData("Lizenziert unter CC BY-SA 4.0")]
    [InlineData("Publié sous licence Creative Commons BY-NC")]
    [InlineData("Licensed under a Creative Commons Attribution 4.0 International License")]
    public void A_blogs_licence_line_under_the_text_is_furniture(string line)
    {
        Assert.True(LicenceTermsLine.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Licensed under the city's new rules, the food trucks may stay until midnight.")]
    [InlineData("Published under a pseudonym, the novel sold well")]
    [InlineData("Licensed under CCTV rules")]
    [InlineData("BY-NC: Quellenangabe, nicht kommerziell")]
    public void A_sentence_about_licences_or_another_licence_stays(string line)
    {
        Assert.False(LicenceTermsLine.Is(line));
    }
}
