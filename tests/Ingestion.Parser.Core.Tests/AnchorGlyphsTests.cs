using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AnchorGlyphsTests
{
    private const string Story = """
        Le bac du port garde sa course de nuit

        Par Lena Marsh
        28 juin 2019

        Le conseil du port a publié les horaires d'hiver ce matin et la dernière traversée du soir reste au programme, pour le plus grand bonheur des équipes de nuit.

        La navette scolaire du matin garde son créneau à partir de novembre, et les tarifs ne changent pas.

        Commentaires (3)

        """;

    [Fact]
    public void A_bulleted_header_behind_its_permalink_and_up_link_marks_is_a_comments_header()
    {
        var page = Parse(Story + """
                 * # Le 17 juillet 2019 à 22:09, par Horace
                   Enfin une bonne nouvelle pour le quai !
                   Répondre à ce message
                 * # Le 3 juillet 2019 à 16:55, par Marin
                   Et les tarifs, on en parle ? Ils étaient déjà trop chers l'an dernier.
                      + # ^ Le 4 juillet 2019 à 08:12, par Odile
                        Ils ne changent pas, c'est écrit dans l'article.
                   Répondre à ce message
            """);

        Assert.Equal(["Horace", "Marin", "Odile"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([null, null, 2], page.Comments.Select(comment => comment.Parent));
        Assert.Equal("2019-07-04T08:12:00", page.Comments[2].PostedAt);
    }

    [Theory]
    [InlineData("# ^ Le 4 juillet 2019 à 08:12, par Odile", "Le 4 juillet 2019 à 08:12, par Odile")]
    [InlineData("#3 Odile", "#3 Odile")]
    [InlineData("#quai Odile", "#quai Odile")]
    [InlineData("^", "^")]
    public void Only_a_lone_mark_before_a_space_goes(string line, string expected) =>
        Assert.Equal(expected, AnchorGlyphs.Without(line).ToString());

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");
}
