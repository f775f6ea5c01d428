using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class YearlessDayMonthTests
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
    public void A_header_dated_without_its_year_is_a_header_whose_time_stays_unknown()
    {
        var page = Parse(Story + """
            Le 17 juillet à 22:09, par Horace
            Enfin une bonne nouvelle pour le quai !
            Le 1er juillet à 16:55, par Marin
            Et les tarifs, on en parle ? Ils étaient déjà trop chers l'an dernier.
            """);

        Assert.Equal(["Horace", "Marin"], page.Comments.Select(comment => comment.Author));
        Assert.All(page.Comments, comment => Assert.Null(comment.PostedAt));
    }

    [Theory]
    [InlineData("Le 17 juillet à 22:09", true)]
    [InlineData("March 3 at 9:15 pm", true)]
    [InlineData("à 22:09", false)]
    [InlineData("Chapter 12 of the plan", false)]
    [InlineData("March at 9:15 pm", false)]
    public void A_month_and_a_day_are_both_needed(string text, bool expected) => Assert.Equal(expected, YearlessDayMonth.Holds(text));

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");
}
