using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReplyToTitleAfterNameTests
{
    private const string Story = """
        Le bac du port garde sa course de nuit

        Par Lena Marsh
        28 juin 2019

        Le conseil du port a publié les horaires d'hiver ce matin et la dernière traversée du soir reste au programme, pour le plus grand bonheur des équipes de nuit.

        La navette scolaire du matin garde son créneau à partir de novembre, et les tarifs ne changent pas.

        Commentaires (2)

        """;

    [Fact]
    public void The_subject_answered_after_the_writer_is_no_part_of_the_name()
    {
        var page = Parse(Story + """
            Le 17 juillet 2019 à 22:09, par Horace En réponse à : Le bac du port garde sa course de nuit
            Enfin une bonne nouvelle pour le quai !
            Le 3 juillet 2019 à 16:55, par Marin Dupuis En réponse à : Le bac du port garde sa course de nuit
            Et les tarifs, on en parle ? Ils étaient déjà trop chers l'an dernier.
            """);

        Assert.Equal(["Horace", "Marin Dupuis"], page.Comments.Select(comment => comment.Author));
        Assert.Equal("2019-07-03T16:55:00", page.Comments[1].PostedAt);
    }

    [Theory]
    [InlineData("March 3, 2014 by Ann Smith in reply to Bob Lee", "March 3, 2014 by Ann Smith")]
    [InlineData("March 3, 2014 by Ann Smith", "March 3, 2014 by Ann Smith")]
    [InlineData("En réponse à Marin", "En réponse à Marin")]
    public void Only_a_label_after_the_header_cuts(string header, string expected) =>
        Assert.Equal(expected, ReplyToTitleAfterName.Without(header).ToString());

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");
}
