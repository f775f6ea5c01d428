using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A sentence over its labelled credit between the byline and a short first sentence (<c>TextArticleReader.HeadlineAboveByline</c>).</summary>
public class CaptionBetweenBylineAndShortLeadTests
{
    private static ParsedPage Parse(string credit) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        Desert City Monthly

        Eat & Drink

        Downtown's Orozco Building gets a rooftop mezcal bar

        By Rosa Villalobos | Thursday, September 26, 2013 | 3:05 p.m. MST

        The rooftop at the Orozco Building on Congress Street will open as Azotea in mid-October.
        {credit}

        Downtown Tucson's newest bar will open four floors up.

        Azotea, a mezcal and small-plates bar from the team behind Fourth Avenue's La Cocina Roja, is set to open in mid-October.

        The bar will seat about 90 on a deck with views of the Santa Catalina Mountains and will pour more than 40 mezcals.
        """), "page.txt");

    [Fact]
    public void The_short_first_sentence_under_the_captioned_picture_is_text_and_the_headline_is_over_the_byline()
    {
        var page = Parse("Photo by Gabe Montaño");

        Assert.Equal("Downtown's Orozco Building gets a rooftop mezcal bar", page.Title);
        Assert.Equal(["Rosa Villalobos"], page.Authors);
        Assert.Equal(["The rooftop at the Orozco Building on Congress Street will open as Azotea in mid-October.", "Photo by Gabe Montaño"], page.Captions);
        Assert.Equal("Downtown Tucson's newest bar will open four floors up.", page.BodyParagraphs[0]);
    }
}
