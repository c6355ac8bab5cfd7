package org.cppcc.platform.organisation.internal;

import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of the subdistricts, communities and liaisons screens. */
final class PlacesForms {

    private PlacesForms() {}

    record SubdistrictForm(
            @NotBlank(message = "街道名称不能为空") @Size(max = 100, message = "街道名称不能超过100个字符")
            String name,

            @NotNull(message = "排序号不能为空")
            @Min(value = 0, message = "排序号须为0至9999")
            @Max(value = 9999, message = "排序号须为0至9999")
            Integer sortOrder) {}

    record CommunityForm(
            @NotNull(message = "请选择所属街道") Long subdistrictId,

            @NotBlank(message = "社区名称不能为空") @Size(max = 100, message = "社区名称不能超过100个字符")
            String name) {}

    record LiaisonsForm(
            @NotNull(message = "联络员列表不能为空") @Size(max = 20, message = "每个工作站(室)最多20名联络员")
            List<@NotNull(message = "联络员不能为空") Long> accountIds) {}
}
