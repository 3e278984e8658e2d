using MudBlazor;
using MudBlazor.Services;

namespace Workbench.Components;

internal static class MudServices
{
    public static IServiceCollection AddMudServicesForWorkbench(this IServiceCollection services)
        => services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            config.SnackbarConfiguration.PreventDuplicates = true;
            config.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
}
