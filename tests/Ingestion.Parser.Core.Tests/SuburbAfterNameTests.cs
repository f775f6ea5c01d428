using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SuburbAfterNameTests
{
    private static ParsedComment Comment(int ordinal, string author) => new() { Ordinal = ordinal, Author = author };

    [Fact]
    public void A_thread_whose_every_commenter_names_a_suburb_keeps_the_names_alone()
    {
        var comments = SuburbAfterName.Strip([Comment(1, "Gazza of Coogara"), Comment(2, "Marine Mel of Bondi Junction")]);
        Assert.Equal(["Gazza", "Marine Mel"], comments.Select(comment => comment.Author));
    }

    [Fact]
    public void One_name_with_of_among_plain_names_is_a_chosen_name()
    {
        var comments = SuburbAfterName.Strip([Comment(1, "kiwibloke"), Comment(2, "Margaret of Riverton")]);
        Assert.Equal(["kiwibloke", "Margaret of Riverton"], comments.Select(comment => comment.Author));
    }
}
