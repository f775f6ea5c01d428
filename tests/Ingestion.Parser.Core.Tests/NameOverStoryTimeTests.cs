using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A byline box of a writer's name alone over the story's date, a blank line between them as a browser's innerText
/// prints the box's blocks (<c>TextArticleReader.IsNamesOverDate</c>): the name is the byline, the line over it the headline.
/// </summary>
public class NameOverStoryTimeTests
{
    private const string Text =
        "Iran's president, Hassan Rouhani, used his first speech to the UN general assembly to offer talks on his country's nuclear programme.\n\n"
        + "Rouhani said Iran posed no threat to the world or the region and that nuclear weapons had no place in its defence doctrine.";

    private static ParsedPage Split(params string[] lines) =>
        PageParser.Parse(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n\n" + Text), "page.txt");

    [Fact]
    public void A_name_over_a_blank_line_and_the_story_time_is_the_byline()
    {
        var split = Split(
            "World news › Iran",
            "",
            "Advertisement",
            "",
            "Iran's new president strikes softer tone at UN as Obama leaves door open",
            "",
            "Hassan Rouhani calls for talks on nuclear programme within months, hours after US president says diplomacy must be tested",
            "",
            "Julian Marchbank in New York",
            "",
            "The Albion Post, Tuesday 24 September 2013 19.41 BST");

        Assert.Equal("Iran's new president strikes softer tone at UN as Obama leaves door open", split.Title);
        Assert.Equal(["Julian Marchbank"], split.Authors);
    }

    [Fact]
    public void A_masthead_name_over_the_day_without_a_time_is_no_byline()
    {
        var split = Split(
            "S'abonner dès 1 € Se connecter",
            "",
            "Le Courrier Lyonnais",
            "",
            "Mardi 12 mars 2013",
            "",
            "A Lyon, la justice suspend la fermeture de la maternité de la Croix-Rousse",
            "",
            "Par Anne-Sophie Rivière | 12.03.2013 à 14h05");

        Assert.Equal("A Lyon, la justice suspend la fermeture de la maternité de la Croix-Rousse", split.Title);
    }

    [Fact]
    public void A_name_under_a_row_of_links_is_no_byline_under_a_headline()
    {
        var split = Split(
            "Gadgetorium · Lifehackery · Autoblogue · Spacebound",
            "",
            "Owen Pritchard",
            "",
            "Today 2:05pm",
            "",
            "This Tiny Projector Turns Any Wall Into a 100-Inch Screen");

        Assert.Equal("This Tiny Projector Turns Any Wall Into a 100-Inch Screen", split.Title);
    }
}
