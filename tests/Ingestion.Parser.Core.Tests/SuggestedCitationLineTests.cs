using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SuggestedCitationLineTests
{
    [Theory]
    [InlineData("SUGGESTED CITATION Berger, Hanna: Ein Jahr Radwege, RadBlog, 2019/3/14, https://radblog.example/ein-jahr/, DOI: https://doi.org/10.5555/rb-14.")]
    [InlineData("Zitiervorschlag: Berger, Hanna, Ein Jahr Radwege, RadBlog vom 14.3.2019, https://radblog.example/ein-jahr/")]
    [InlineData("Cite as: Hanna Berger, One Year of Bike Lanes (RadBlog, 14 March 2019) doi:10.5555/rb-14")]
    public void An_academic_blogs_reference_under_its_label_is_no_paragraph(string line)
    {
        Assert.True(SuggestedCitationLine.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Suggested citation practices differ between law faculties, and most students never learn them before their first seminar paper.")]
    [InlineData("Cite as many sources as you can find, the professor told the first-year students on their opening day.")]
    [InlineData("Recommended reading for the summer: three books on courts and one on bike lanes.")]
    public void A_sentence_opening_with_the_same_words_stays(string line)
    {
        Assert.False(SuggestedCitationLine.Is(line));
    }
}
