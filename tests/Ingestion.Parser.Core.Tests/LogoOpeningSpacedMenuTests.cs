using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LogoOpeningSpacedMenuTests
{
    private static PageLines Page(string row) => new(TextLine.Split(row + "\n\nTramwaj na Gocław dopiero w 2017 roku\n"));

    [Theory]
    [InlineData("Metropole.cz   Zprávy   Sport   Kultura   Ekonomika", "Metropole Media, a.s.", "Metropole.cz")]
    [InlineData("Gazeta Mazowiecka   Wiadomości   Warszawa   Sport   Kultura", "Mazowieckie Media SA", "Gazeta Mazowiecka")]
    public void The_logo_opening_a_row_of_menu_cells_is_the_publication_its_company_is_named_after(string row, string holder, string site) =>
        Assert.Equal(site, LogoOpeningSpacedMenu.Name(Page(row), 2, holder));

    [Theory]
    [InlineData("Gazeta Mazowiecka   Wiadomości   Warszawa   Sport", "Agora SA")]
    [InlineData("Gazeta Mazowiecka   Wiadomości", "Mazowieckie Media SA")]
    [InlineData("Gazeta Mazowiecka | Wiadomości | Warszawa | Sport", "Mazowieckie Media SA")]
    [InlineData("Mazowsze   radni przyjęli plan, który przedstawiono rok temu.   Sport   Kultura", "Mazowieckie Media SA")]
    public void A_row_whose_first_cell_shares_no_stem_with_the_company_or_that_is_no_menu_names_nothing(string row, string holder) =>
        Assert.Null(LogoOpeningSpacedMenu.Name(Page(row), 2, holder));
}
