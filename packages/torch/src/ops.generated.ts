// GENERATED FILE - DO NOT EDIT. Made by packages/torch/scripts/generate-ops.js from the
// operator schemas of libtorch 1.13.0; regenerate with 'npm run generate -w @must/torch'.
// 942 operators, 808 overloads left out (see the rules in the script).
/* eslint-disable */
import { native } from './native';
import { Tensor } from './tensor';
import { $h, $m, $t } from './dispatch';
import type { DType } from './dtype';
import type { Scalar, Layout, MemoryFormat } from './types';

const NAMES: readonly string[] = ["abs","abs_","absolute","absolute_","acos","acos_","acosh","acosh_","adaptive_avg_pool1d","adaptive_avg_pool2d","adaptive_avg_pool3d","adaptive_max_pool1d","adaptive_max_pool2d","adaptive_max_pool3d","add","add_","addbmm","addbmm_","addcdiv","addcdiv_","addcmul","addcmul_","addmm","addmm_","addmv","addmv_","addr","addr_","adjoint","affine_grid_generator","alias","alias_copy","all","allclose","alpha_dropout","alpha_dropout_","amax","amin","aminmax","angle","any","arange","arccos","arccos_","arccosh","arccosh_","arcsin","arcsin_","arcsinh","arcsinh_","arctan","arctan2","arctan2_","arctan_","arctanh","arctanh_","argmax","argmin","argsort","argwhere","as_strided","as_strided_","as_strided_copy","as_strided_scatter","asin","asin_","asinh","asinh_","atan","atan2","atan2_","atan_","atanh","atanh_","atleast_1d","atleast_2d","atleast_3d","avg_pool1d","avg_pool2d","avg_pool3d","baddbmm","baddbmm_","bartlett_window","batch_norm","batch_norm_elemt","batch_norm_gather_stats","batch_norm_gather_stats_with_counts","batch_norm_stats","batch_norm_update_stats","bernoulli","bernoulli_","bilinear","binary_cross_entropy","binary_cross_entropy_with_logits","bincount","binomial","bitwise_and","bitwise_and_","bitwise_left_shift","bitwise_left_shift_","bitwise_not","bitwise_not_","bitwise_or","bitwise_or_","bitwise_right_shift","bitwise_right_shift_","bitwise_xor","bitwise_xor_","blackman_window","block_diag","bmm","broadcast_tensors","broadcast_to","bucketize","can_cast","cartesian_prod","cat","cauchy","cauchy_","ccol_indices","ccol_indices_copy","cdist","ceil","ceil_","celu","celu_","chain_matmul","chalf","channel_shuffle","cholesky","cholesky_inverse","cholesky_solve","choose_qparams_optimized","chunk","clamp","clamp_","clamp_max","clamp_max_","clamp_min","clamp_min_","clip","clip_","clone","coalesce","col2im","col_indices","col_indices_copy","column_stack","combinations","complex","concat","concatenate","conj","conj_physical","conj_physical_","constant_pad_nd","contiguous","conv1d","conv2d","conv3d","conv_depthwise3d","conv_tbc","conv_transpose1d","conv_transpose2d","conv_transpose3d","convolution","convolution_overrideable","copy","copy_","copy_sparse_to_sparse","copy_sparse_to_sparse_","copysign","copysign_","corrcoef","cos","cos_","cosh","cosh_","cosine_embedding_loss","cosine_similarity","count_nonzero","cov","cross","cross_entropy_loss","crow_indices","crow_indices_copy","ctc_loss","cummax","cummin","cumprod","cumprod_","cumsum","cumsum_","cumulative_trapezoid","data","deg2rad","deg2rad_","dense_dim","dequantize","det","detach","detach_","detach_copy","diag","diag_embed","diagflat","diagonal","diagonal_copy","diagonal_scatter","diff","digamma","digamma_","dist","div","div_","divide","divide_","dot","dropout","dropout_","dsplit","dstack","einsum","elu","elu_","embedding","embedding_bag","embedding_renorm","embedding_renorm_","empty","empty_like","empty_quantized","empty_strided","eq","eq_","equal","erf","erf_","erfc","erfc_","erfinv","erfinv_","exp","exp2","exp2_","exp_","expand","expand_as","expand_copy","expm1","expm1_","exponential","exponential_","eye","fake_quantize_per_channel_affine","fake_quantize_per_channel_affine_cachemask","fake_quantize_per_tensor_affine","fake_quantize_per_tensor_affine_cachemask","feature_alpha_dropout","feature_alpha_dropout_","feature_dropout","feature_dropout_","fft_fft","fft_fft2","fft_fftfreq","fft_fftn","fft_fftshift","fft_hfft","fft_hfft2","fft_hfftn","fft_ifft","fft_ifft2","fft_ifftn","fft_ifftshift","fft_ihfft","fft_ihfft2","fft_ihfftn","fft_irfft","fft_irfft2","fft_irfftn","fft_rfft","fft_rfft2","fft_rfftfreq","fft_rfftn","fill","fill_","fill_diagonal_","fix","fix_","flatten","flatten_dense_tensors","flip","fliplr","flipud","float_power","float_power_","floor","floor_","floor_divide","floor_divide_","fmax","fmin","fmod","fmod_","frac","frac_","fractional_max_pool2d","fractional_max_pool3d","frexp","frobenius_norm","from_file","full","full_like","fused_moving_avg_obs_fake_quant","gather","gcd","gcd_","ge","ge_","gelu","gelu_","geometric","geometric_","geqrf","ger","get_gradients","glu","glu_jvp","gradient","greater","greater_","greater_equal","greater_equal_","grid_sampler","grid_sampler_2d","grid_sampler_3d","group_norm","gru","gru_cell","gt","gt_","hamming_window","hann_window","hardshrink","hardsigmoid","hardsigmoid_","hardswish","hardswish_","hardtanh","hardtanh_","heaviside","heaviside_","hinge_embedding_loss","histc","histogram","histogramdd","hsplit","hspmm","hstack","huber_loss","hypot","hypot_","i0","i0_","igamma","igamma_","igammac","igammac_","im2col","imag","index","index_add","index_add_","index_copy","index_copy_","index_fill","index_fill_","index_put","index_put_","index_reduce","index_reduce_","index_select","indices","indices_copy","inner","instance_norm","int_repr","inverse","is_coalesced","is_complex","is_conj","is_distributed","is_floating_point","is_inference","is_leaf","is_neg","is_nonzero","is_pinned","is_same_size","is_set_to","is_signed","is_vulkan_available","isclose","isfinite","isin","isinf","isnan","isneginf","isposinf","isreal","istft","item","kaiser_window","kl_div","kron","kthvalue","l1_loss","layer_norm","lcm","lcm_","ldexp","ldexp_","le","le_","leaky_relu","leaky_relu_","lerp","lerp_","less","less_","less_equal","less_equal_","lgamma","lgamma_","lift","lift_fresh","lift_fresh_copy","linalg_cholesky","linalg_cholesky_ex","linalg_cond","linalg_cross","linalg_det","linalg_diagonal","linalg_eig","linalg_eigh","linalg_eigvals","linalg_eigvalsh","linalg_householder_product","linalg_inv","linalg_inv_ex","linalg_ldl_factor","linalg_ldl_factor_ex","linalg_ldl_solve","linalg_lstsq","linalg_lu","linalg_lu_factor","linalg_lu_factor_ex","linalg_lu_solve","linalg_matmul","linalg_matrix_exp","linalg_matrix_norm","linalg_matrix_power","linalg_matrix_rank","linalg_multi_dot","linalg_norm","linalg_pinv","linalg_qr","linalg_slogdet","linalg_solve","linalg_solve_ex","linalg_solve_triangular","linalg_svd","linalg_svdvals","linalg_tensorinv","linalg_tensorsolve","linalg_vander","linalg_vecdot","linalg_vector_norm","linear","linspace","log","log10","log10_","log1p","log1p_","log2","log2_","log_","log_normal","log_normal_","log_sigmoid","log_softmax","logaddexp","logaddexp2","logcumsumexp","logdet","logical_and","logical_and_","logical_not","logical_not_","logical_or","logical_or_","logical_xor","logical_xor_","logit","logit_","logspace","logsumexp","lstm","lstm_cell","lt","lt_","lu_solve","lu_unpack","mH","mT","margin_ranking_loss","masked_fill","masked_fill_","masked_scatter","masked_scatter_","masked_select","matmul","matrix_H","matrix_exp","matrix_power","max","max_pool1d","max_pool1d_with_indices","max_pool2d","max_pool2d_with_indices","max_pool3d","max_pool3d_with_indices","max_unpool2d","max_unpool3d","maximum","mean","median","meshgrid","min","minimum","mish","mish_","mm","mode","moveaxis","movedim","mse_loss","msort","mul","mul_","multi_margin_loss","multilabel_margin_loss","multinomial","multiply","multiply_","mv","mvlgamma","mvlgamma_","nan_to_num","nan_to_num_","nanmean","nanmedian","nanquantile","nansum","narrow","narrow_copy","native_batch_norm","native_channel_shuffle","native_dropout","native_group_norm","native_layer_norm","native_norm","ne","ne_","neg","neg_","negative","negative_","nested_to_padded_tensor","new_empty","new_empty_strided","new_full","new_ones","new_zeros","nextafter","nextafter_","nll_loss","nll_loss2d","nll_loss_nd","nonzero","nonzero_numpy","norm","norm_except_dim","normal","normal_","normal_functional","not_equal","not_equal_","nuclear_norm","numpy_T","one_hot","ones","ones_like","orgqr","ormqr","outer","output_nr","pad","pad_sequence","pairwise_distance","pdist","permute","permute_copy","pin_memory","pinverse","pixel_shuffle","pixel_unshuffle","poisson","poisson_nll_loss","polar","polygamma","polygamma_","positive","pow","pow_","prelu","prod","promote_types","put","put_","q_per_channel_axis","q_per_channel_scales","q_per_channel_zero_points","q_scale","q_zero_point","qr","qscheme","quantile","quantize_per_channel","quantize_per_tensor","quantize_per_tensor_dynamic","rad2deg","rad2deg_","rand","rand_like","randint","randint_like","randn","randn_like","random","random_","randperm","range","ravel","real","reciprocal","reciprocal_","reflection_pad1d","reflection_pad2d","reflection_pad3d","relu","relu6","relu6_","relu_","remainder","remainder_","renorm","renorm_","repeat","repeat_interleave","replication_pad1d","replication_pad2d","replication_pad3d","requires_grad_","reshape","reshape_as","resize","resize_","resize_as","resize_as_","resize_as_sparse","resize_as_sparse_","resolve_conj","resolve_neg","result_type","retain_grad","retains_grad","rnn_relu","rnn_relu_cell","rnn_tanh","rnn_tanh_cell","roll","rot90","round","round_","row_indices","row_indices_copy","row_stack","rrelu","rrelu_","rrelu_with_noise","rrelu_with_noise_","rsqrt","rsqrt_","rsub","scalar_tensor","scatter","scatter_","scatter_add","scatter_add_","scatter_reduce","scatter_reduce_","searchsorted","segment_reduce","select","select_copy","select_scatter","selu","selu_","set","set_","set_data","sgn","sgn_","sigmoid","sigmoid_","sign","sign_","signbit","silu","silu_","sin","sin_","sinc","sinc_","sinh","sinh_","size","slice","slice_copy","slice_scatter","slogdet","slow_conv3d","slow_conv_dilated2d","slow_conv_dilated3d","slow_conv_transpose2d","slow_conv_transpose3d","smm","smooth_l1_loss","soft_margin_loss","softmax","softplus","softshrink","sort","sparse_bsc_tensor","sparse_bsr_tensor","sparse_compressed_tensor","sparse_coo_tensor","sparse_csc_tensor","sparse_csr_tensor","sparse_dim","sparse_mask","sparse_resize","sparse_resize_","sparse_resize_and_clear","sparse_resize_and_clear_","sparse_sampled_addmm","special_airy_ai","special_bessel_j0","special_bessel_j1","special_bessel_y0","special_bessel_y1","special_chebyshev_polynomial_t","special_chebyshev_polynomial_u","special_chebyshev_polynomial_v","special_chebyshev_polynomial_w","special_digamma","special_entr","special_erf","special_erfc","special_erfcx","special_erfinv","special_exp2","special_expit","special_expm1","special_gammainc","special_gammaincc","special_gammaln","special_hermite_polynomial_h","special_hermite_polynomial_he","special_i0","special_i0e","special_i1","special_i1e","special_laguerre_polynomial_l","special_legendre_polynomial_p","special_log1p","special_log_ndtr","special_log_softmax","special_logit","special_logsumexp","special_modified_bessel_i0","special_modified_bessel_i1","special_modified_bessel_k0","special_modified_bessel_k1","special_multigammaln","special_ndtr","special_ndtri","special_polygamma","special_psi","special_round","special_scaled_modified_bessel_k0","special_scaled_modified_bessel_k1","special_shifted_chebyshev_polynomial_t","special_shifted_chebyshev_polynomial_u","special_shifted_chebyshev_polynomial_v","special_shifted_chebyshev_polynomial_w","special_sinc","special_softmax","special_spherical_bessel_j0","special_xlog1py","special_xlogy","special_zeta","split","split_copy","split_with_sizes","split_with_sizes_copy","sqrt","sqrt_","square","square_","squeeze","squeeze_","squeeze_copy","sspaddmm","stack","std","std_mean","stft","stride","sub","sub_","subtract","subtract_","sum","sum_to_size","svd","swapaxes","swapaxes_","swapdims","swapdims_","symeig","t","t_","t_copy","take","take_along_dim","tan","tan_","tanh","tanh_","tensor_split","tensordot","thnn_conv2d","threshold","threshold_","tile","to","to_dense","to_mkldnn","to_padded_tensor","to_sparse","to_sparse_bsc","to_sparse_bsr","to_sparse_csc","to_sparse_csr","topk","trace","transpose","transpose_","transpose_copy","trapezoid","trapz","triangular_solve","tril","tril_","tril_indices","triplet_margin_loss","triu","triu_","triu_indices","true_divide","true_divide_","trunc","trunc_","type_as","unbind","unbind_copy","unflatten","unflatten_dense_tensors","unfold","unfold_copy","uniform","uniform_","unique_consecutive","unique_dim","unique_dim_consecutive","unsafe_chunk","unsafe_split","unsafe_split_with_sizes","unsqueeze","unsqueeze_","unsqueeze_copy","upsample_bicubic2d","upsample_bilinear2d","upsample_linear1d","upsample_nearest1d","upsample_nearest2d","upsample_nearest3d","upsample_trilinear3d","values","values_copy","vander","var_mean","vdot","view","view_as","view_as_complex","view_as_complex_copy","view_as_real","view_as_real_copy","view_copy","vsplit","vstack","where","xlogy","xlogy_","zero","zero_","zeros","zeros_like"];
const IDS = new Int32Array(NAMES.length).fill(-1);
/** Resolves operator i on first use, so an operator missing from another libtorch fails only when called. */
function op(i: number): number {
  const id = IDS[i];
  return id >= 0 ? id : (IDS[i] = native.resolve(NAMES[i]));
}

/**
 * aten::abs(Tensor self) -> Tensor
 */
export function abs(self: Tensor): Tensor;
export function abs(a0?: unknown): any {
  return $t(native.call1(op(0), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::abs_(Tensor(a!) self) -> Tensor(a!)
 */
export function abs_(self: Tensor): Tensor;
export function abs_(a0?: unknown): any {
  native.call1(op(1), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::absolute(Tensor self) -> Tensor
 */
export function absolute(self: Tensor): Tensor;
export function absolute(a0?: unknown): any {
  return $t(native.call1(op(2), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::absolute_(Tensor(a!) self) -> Tensor(a!)
 */
export function absolute_(self: Tensor): Tensor;
export function absolute_(a0?: unknown): any {
  native.call1(op(3), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::acos(Tensor self) -> Tensor
 */
export function acos(self: Tensor): Tensor;
export function acos(a0?: unknown): any {
  return $t(native.call1(op(4), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::acos_(Tensor(a!) self) -> Tensor(a!)
 */
export function acos_(self: Tensor): Tensor;
export function acos_(a0?: unknown): any {
  native.call1(op(5), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::acosh(Tensor self) -> Tensor
 */
export function acosh(self: Tensor): Tensor;
export function acosh(a0?: unknown): any {
  return $t(native.call1(op(6), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::acosh_(Tensor(a!) self) -> Tensor(a!)
 */
export function acosh_(self: Tensor): Tensor;
export function acosh_(a0?: unknown): any {
  native.call1(op(7), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::adaptive_avg_pool1d(Tensor self, int[1] output_size) -> Tensor
 */
export function adaptiveAvgPool1d(self: Tensor, outputSize: number | number[]): Tensor;
export function adaptiveAvgPool1d(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(8), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::adaptive_avg_pool2d(Tensor self, SymInt[2] output_size) -> Tensor
 */
export function adaptiveAvgPool2d(self: Tensor, outputSize: number | number[]): Tensor;
export function adaptiveAvgPool2d(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(9), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::adaptive_avg_pool3d(Tensor self, int[3] output_size) -> Tensor
 */
export function adaptiveAvgPool3d(self: Tensor, outputSize: number | number[]): Tensor;
export function adaptiveAvgPool3d(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(10), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::adaptive_max_pool1d(Tensor self, int[1] output_size) -> (Tensor, Tensor)
 */
export function adaptiveMaxPool1d(self: Tensor, outputSize: number | number[]): [Tensor, Tensor];
export function adaptiveMaxPool1d(a0?: unknown, a1?: unknown): any {
  return native.call(op(11), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::adaptive_max_pool2d(Tensor self, int[2] output_size) -> (Tensor, Tensor)
 */
export function adaptiveMaxPool2d(self: Tensor, outputSize: number | number[]): [Tensor, Tensor];
export function adaptiveMaxPool2d(a0?: unknown, a1?: unknown): any {
  return native.call(op(12), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::adaptive_max_pool3d(Tensor self, int[3] output_size) -> (Tensor, Tensor)
 */
export function adaptiveMaxPool3d(self: Tensor, outputSize: number | number[]): [Tensor, Tensor];
export function adaptiveMaxPool3d(a0?: unknown, a1?: unknown): any {
  return native.call(op(13), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::add.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor
 * aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor
 */
export function add(self: Tensor, other: Scalar, opts?: { alpha?: Scalar }): Tensor;
export function add(self: Tensor, other: Tensor, opts?: { alpha?: Scalar }): Tensor;
export function add(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(14), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::add_.Scalar(Tensor(a!) self, Scalar other, Scalar alpha=1) -> Tensor(a!)
 * aten::add_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)
 */
export function add_(self: Tensor, other: Scalar, opts?: { alpha?: Scalar }): Tensor;
export function add_(self: Tensor, other: Tensor, opts?: { alpha?: Scalar }): Tensor;
export function add_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(15), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::addbmm(Tensor self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor
 */
export function addbmm(self: Tensor, batch1: Tensor, batch2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
export function addbmm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(16), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::addbmm_(Tensor(a!) self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)
 */
export function addbmm_(self: Tensor, batch1: Tensor, batch2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
export function addbmm_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(17), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor
 */
export function addcdiv(self: Tensor, tensor1: Tensor, tensor2: Tensor, opts?: { value?: Scalar }): Tensor;
export function addcdiv(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(18), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::addcdiv_(Tensor(a!) self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor(a!)
 */
export function addcdiv_(self: Tensor, tensor1: Tensor, tensor2: Tensor, opts?: { value?: Scalar }): Tensor;
export function addcdiv_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(19), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::addcmul(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor
 */
export function addcmul(self: Tensor, tensor1: Tensor, tensor2: Tensor, opts?: { value?: Scalar }): Tensor;
export function addcmul(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(20), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::addcmul_(Tensor(a!) self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor(a!)
 */
export function addcmul_(self: Tensor, tensor1: Tensor, tensor2: Tensor, opts?: { value?: Scalar }): Tensor;
export function addcmul_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(21), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor
 */
export function addmm(self: Tensor, mat1: Tensor, mat2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
export function addmm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(22), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::addmm_(Tensor(a!) self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)
 */
export function addmm_(self: Tensor, mat1: Tensor, mat2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
export function addmm_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(23), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::addmv(Tensor self, Tensor mat, Tensor vec, *, Scalar beta=1, Scalar alpha=1) -> Tensor
 */
export function addmv(self: Tensor, mat: Tensor, vec: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
export function addmv(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(24), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::addmv_(Tensor(a!) self, Tensor mat, Tensor vec, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)
 */
export function addmv_(self: Tensor, mat: Tensor, vec: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
export function addmv_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(25), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::addr(Tensor self, Tensor vec1, Tensor vec2, *, Scalar beta=1, Scalar alpha=1) -> Tensor
 */
export function addr(self: Tensor, vec1: Tensor, vec2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
export function addr(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(26), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::addr_(Tensor(a!) self, Tensor vec1, Tensor vec2, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)
 */
export function addr_(self: Tensor, vec1: Tensor, vec2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
export function addr_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(27), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::adjoint(Tensor(a) self) -> Tensor(a)
 */
export function adjoint(self: Tensor): Tensor;
export function adjoint(a0?: unknown): any {
  return $t(native.call1(op(28), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::affine_grid_generator(Tensor theta, int[] size, bool align_corners) -> Tensor
 */
export function affineGridGenerator(theta: Tensor, size: number[], alignCorners: boolean): Tensor;
export function affineGridGenerator(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(29), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::alias(Tensor(a) self) -> Tensor(a)
 */
export function alias(self: Tensor): Tensor;
export function alias(a0?: unknown): any {
  return $t(native.call1(op(30), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::alias_copy(Tensor self) -> Tensor
 */
export function aliasCopy(self: Tensor): Tensor;
export function aliasCopy(a0?: unknown): any {
  return $t(native.call1(op(31), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::all(Tensor self) -> Tensor
 * aten::all.dim(Tensor self, int dim, bool keepdim=False) -> Tensor
 * aten::all.dimname(Tensor self, str dim, bool keepdim=False) -> Tensor
 */
export function all(self: Tensor): Tensor;
export function all(self: Tensor, dim: number, opts?: { keepdim?: boolean }): Tensor;
export function all(self: Tensor, dim: string, opts?: { keepdim?: boolean }): Tensor;
export function all(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(32), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::allclose(Tensor self, Tensor other, float rtol=1.0000000000000001e-05, float atol=1e-08, bool equal_nan=False) -> bool
 */
export function allclose(self: Tensor, other: Tensor, opts?: { rtol?: number; atol?: number; equalNan?: boolean }): boolean;
export function allclose(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(33), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::alpha_dropout(Tensor input, float p, bool train) -> Tensor
 */
export function alphaDropout(input: Tensor, p: number, train: boolean): Tensor;
export function alphaDropout(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(34), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::alpha_dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)
 */
export function alphaDropout_(self: Tensor, p: number, train: boolean): Tensor;
export function alphaDropout_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(35), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::amax(Tensor self, int[1] dim=[], bool keepdim=False) -> Tensor
 */
export function amax(self: Tensor, opts?: { dim?: number | number[]; keepdim?: boolean }): Tensor;
export function amax(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(36), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::amin(Tensor self, int[1] dim=[], bool keepdim=False) -> Tensor
 */
export function amin(self: Tensor, opts?: { dim?: number | number[]; keepdim?: boolean }): Tensor;
export function amin(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(37), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::aminmax(Tensor self, *, int? dim=None, bool keepdim=False) -> (Tensor min, Tensor max)
 */
export function aminmax(self: Tensor, opts?: { dim?: number | null; keepdim?: boolean }): [Tensor, Tensor];
export function aminmax(a0?: unknown, a1?: unknown): any {
  return native.call(op(38), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::angle(Tensor self) -> Tensor
 */
export function angle(self: Tensor): Tensor;
export function angle(a0?: unknown): any {
  return $t(native.call1(op(39), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::any(Tensor self) -> Tensor
 * aten::any.dim(Tensor self, int dim, bool keepdim=False) -> Tensor
 * aten::any.dimname(Tensor self, str dim, bool keepdim=False) -> Tensor
 */
export function any(self: Tensor): Tensor;
export function any(self: Tensor, dim: number, opts?: { keepdim?: boolean }): Tensor;
export function any(self: Tensor, dim: string, opts?: { keepdim?: boolean }): Tensor;
export function any(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(40), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::arange(Scalar end, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::arange.start(Scalar start, Scalar end, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::arange.start_step(Scalar start, Scalar end, Scalar step=1, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function arange(end: Scalar, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function arange(start: Scalar, end: Scalar, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function arange(start: Scalar, end: Scalar, opts?: { step?: Scalar; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function arange(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(41), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::arccos(Tensor self) -> Tensor
 */
export function arccos(self: Tensor): Tensor;
export function arccos(a0?: unknown): any {
  return $t(native.call1(op(42), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::arccos_(Tensor(a!) self) -> Tensor(a!)
 */
export function arccos_(self: Tensor): Tensor;
export function arccos_(a0?: unknown): any {
  native.call1(op(43), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::arccosh(Tensor self) -> Tensor
 */
export function arccosh(self: Tensor): Tensor;
export function arccosh(a0?: unknown): any {
  return $t(native.call1(op(44), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::arccosh_(Tensor(a!) self) -> Tensor(a!)
 */
export function arccosh_(self: Tensor): Tensor;
export function arccosh_(a0?: unknown): any {
  native.call1(op(45), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::arcsin(Tensor self) -> Tensor
 */
export function arcsin(self: Tensor): Tensor;
export function arcsin(a0?: unknown): any {
  return $t(native.call1(op(46), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::arcsin_(Tensor(a!) self) -> Tensor(a!)
 */
export function arcsin_(self: Tensor): Tensor;
export function arcsin_(a0?: unknown): any {
  native.call1(op(47), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::arcsinh(Tensor self) -> Tensor
 */
export function arcsinh(self: Tensor): Tensor;
export function arcsinh(a0?: unknown): any {
  return $t(native.call1(op(48), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::arcsinh_(Tensor(a!) self) -> Tensor(a!)
 */
export function arcsinh_(self: Tensor): Tensor;
export function arcsinh_(a0?: unknown): any {
  native.call1(op(49), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::arctan(Tensor self) -> Tensor
 */
export function arctan(self: Tensor): Tensor;
export function arctan(a0?: unknown): any {
  return $t(native.call1(op(50), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::arctan2(Tensor self, Tensor other) -> Tensor
 */
export function arctan2(self: Tensor, other: Tensor): Tensor;
export function arctan2(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(51), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::arctan2_(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function arctan2_(self: Tensor, other: Tensor): Tensor;
export function arctan2_(a0?: unknown, a1?: unknown): any {
  native.call1(op(52), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::arctan_(Tensor(a!) self) -> Tensor(a!)
 */
export function arctan_(self: Tensor): Tensor;
export function arctan_(a0?: unknown): any {
  native.call1(op(53), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::arctanh(Tensor self) -> Tensor
 */
export function arctanh(self: Tensor): Tensor;
export function arctanh(a0?: unknown): any {
  return $t(native.call1(op(54), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::arctanh_(Tensor(a!) self) -> Tensor(a!)
 */
export function arctanh_(self: Tensor): Tensor;
export function arctanh_(a0?: unknown): any {
  native.call1(op(55), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::argmax(Tensor self, int? dim=None, bool keepdim=False) -> Tensor
 */
export function argmax(self: Tensor, opts?: { dim?: number | null; keepdim?: boolean }): Tensor;
export function argmax(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(56), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::argmin(Tensor self, int? dim=None, bool keepdim=False) -> Tensor
 */
export function argmin(self: Tensor, opts?: { dim?: number | null; keepdim?: boolean }): Tensor;
export function argmin(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(57), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::argsort(Tensor self, int dim=-1, bool descending=False) -> Tensor
 * aten::argsort.dimname(Tensor self, str dim, bool descending=False) -> Tensor
 * aten::argsort.stable(Tensor self, *, bool stable, int dim=-1, bool descending=False) -> Tensor
 */
export function argsort(self: Tensor, opts?: { dim?: number; descending?: boolean }): Tensor;
export function argsort(self: Tensor, dim: string, opts?: { descending?: boolean }): Tensor;
export function argsort(self: Tensor, stable: boolean, opts?: { dim?: number; descending?: boolean }): Tensor;
export function argsort(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(58), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::argwhere(Tensor self) -> Tensor
 */
export function argwhere(self: Tensor): Tensor;
export function argwhere(a0?: unknown): any {
  return $t(native.call1(op(59), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::as_strided(Tensor(a) self, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor(a)
 */
export function asStrided(self: Tensor, size: number[], stride: number[], opts?: { storageOffset?: number | null }): Tensor;
export function asStrided(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(60), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::as_strided_(Tensor(a!) self, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor(a!)
 */
export function asStrided_(self: Tensor, size: number[], stride: number[], opts?: { storageOffset?: number | null }): Tensor;
export function asStrided_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(61), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::as_strided_copy(Tensor self, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor
 */
export function asStridedCopy(self: Tensor, size: number[], stride: number[], opts?: { storageOffset?: number | null }): Tensor;
export function asStridedCopy(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(62), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::as_strided_scatter(Tensor self, Tensor src, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor
 */
export function asStridedScatter(self: Tensor, src: Tensor, size: number[], stride: number[], opts?: { storageOffset?: number | null }): Tensor;
export function asStridedScatter(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(63), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::asin(Tensor self) -> Tensor
 */
export function asin(self: Tensor): Tensor;
export function asin(a0?: unknown): any {
  return $t(native.call1(op(64), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::asin_(Tensor(a!) self) -> Tensor(a!)
 */
export function asin_(self: Tensor): Tensor;
export function asin_(a0?: unknown): any {
  native.call1(op(65), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::asinh(Tensor self) -> Tensor
 */
export function asinh(self: Tensor): Tensor;
export function asinh(a0?: unknown): any {
  return $t(native.call1(op(66), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::asinh_(Tensor(a!) self) -> Tensor(a!)
 */
export function asinh_(self: Tensor): Tensor;
export function asinh_(a0?: unknown): any {
  native.call1(op(67), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::atan(Tensor self) -> Tensor
 */
export function atan(self: Tensor): Tensor;
export function atan(a0?: unknown): any {
  return $t(native.call1(op(68), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::atan2(Tensor self, Tensor other) -> Tensor
 */
export function atan2(self: Tensor, other: Tensor): Tensor;
export function atan2(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(69), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::atan2_(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function atan2_(self: Tensor, other: Tensor): Tensor;
export function atan2_(a0?: unknown, a1?: unknown): any {
  native.call1(op(70), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::atan_(Tensor(a!) self) -> Tensor(a!)
 */
export function atan_(self: Tensor): Tensor;
export function atan_(a0?: unknown): any {
  native.call1(op(71), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::atanh(Tensor self) -> Tensor
 */
export function atanh(self: Tensor): Tensor;
export function atanh(a0?: unknown): any {
  return $t(native.call1(op(72), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::atanh_(Tensor(a!) self) -> Tensor(a!)
 */
export function atanh_(self: Tensor): Tensor;
export function atanh_(a0?: unknown): any {
  native.call1(op(73), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::atleast_1d(Tensor self) -> Tensor
 * aten::atleast_1d.Sequence(Tensor[] tensors) -> Tensor[]
 */
export function atleast1d(self: Tensor): Tensor;
export function atleast1d(tensors: Tensor[]): Tensor[];
export function atleast1d(a0?: unknown): any {
  return native.call(op(74), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::atleast_2d(Tensor self) -> Tensor
 * aten::atleast_2d.Sequence(Tensor[] tensors) -> Tensor[]
 */
export function atleast2d(self: Tensor): Tensor;
export function atleast2d(tensors: Tensor[]): Tensor[];
export function atleast2d(a0?: unknown): any {
  return native.call(op(75), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::atleast_3d(Tensor self) -> Tensor
 * aten::atleast_3d.Sequence(Tensor[] tensors) -> Tensor[]
 */
export function atleast3d(self: Tensor): Tensor;
export function atleast3d(tensors: Tensor[]): Tensor[];
export function atleast3d(a0?: unknown): any {
  return native.call(op(76), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::avg_pool1d(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=[0], bool ceil_mode=False, bool count_include_pad=True) -> Tensor
 */
export function avgPool1d(self: Tensor, kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; ceilMode?: boolean; countIncludePad?: boolean }): Tensor;
export function avgPool1d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(77), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::avg_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor
 */
export function avgPool2d(self: Tensor, kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; ceilMode?: boolean; countIncludePad?: boolean; divisorOverride?: number | null }): Tensor;
export function avgPool2d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(78), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::avg_pool3d(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor
 */
export function avgPool3d(self: Tensor, kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; ceilMode?: boolean; countIncludePad?: boolean; divisorOverride?: number | null }): Tensor;
export function avgPool3d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(79), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::baddbmm(Tensor self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor
 */
export function baddbmm(self: Tensor, batch1: Tensor, batch2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
export function baddbmm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(80), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::baddbmm_(Tensor(a!) self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)
 */
export function baddbmm_(self: Tensor, batch1: Tensor, batch2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
export function baddbmm_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(81), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::bartlett_window(int window_length, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::bartlett_window.periodic(int window_length, bool periodic, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function bartlettWindow(windowLength: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function bartlettWindow(windowLength: number, periodic: boolean, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function bartlettWindow(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(82), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::batch_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool training, float momentum, float eps, bool cudnn_enabled) -> Tensor
 */
export function batchNorm(input: Tensor, weight: Tensor | null, bias: Tensor | null, runningMean: Tensor | null, runningVar: Tensor | null, training: boolean, momentum: number, eps: number, cudnnEnabled: boolean): Tensor;
export function batchNorm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown): any {
  return $t(native.call1(op(83), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | $m(a8, 256) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7), $h(a8)));
}

/**
 * aten::batch_norm_elemt(Tensor input, Tensor? weight, Tensor? bias, Tensor mean, Tensor invstd, float eps) -> Tensor
 */
export function batchNormElemt(input: Tensor, weight: Tensor | null, bias: Tensor | null, mean: Tensor, invstd: Tensor, eps: number): Tensor;
export function batchNormElemt(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown): any {
  return $t(native.call1(op(84), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)));
}

/**
 * aten::batch_norm_gather_stats(Tensor input, Tensor mean, Tensor invstd, Tensor? running_mean, Tensor? running_var, float momentum, float eps, int count) -> (Tensor, Tensor)
 */
export function batchNormGatherStats(input: Tensor, mean: Tensor, invstd: Tensor, runningMean: Tensor | null, runningVar: Tensor | null, momentum: number, eps: number, count: number): [Tensor, Tensor];
export function batchNormGatherStats(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown): any {
  return native.call(op(85), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7)) as any;
}

/**
 * aten::batch_norm_gather_stats_with_counts(Tensor input, Tensor mean, Tensor invstd, Tensor? running_mean, Tensor? running_var, float momentum, float eps, Tensor counts) -> (Tensor, Tensor)
 */
export function batchNormGatherStatsWithCounts(input: Tensor, mean: Tensor, invstd: Tensor, runningMean: Tensor | null, runningVar: Tensor | null, momentum: number, eps: number, counts: Tensor): [Tensor, Tensor];
export function batchNormGatherStatsWithCounts(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown): any {
  return native.call(op(86), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7)) as any;
}

/**
 * aten::batch_norm_stats(Tensor input, float eps) -> (Tensor, Tensor)
 */
export function batchNormStats(input: Tensor, eps: number): [Tensor, Tensor];
export function batchNormStats(a0?: unknown, a1?: unknown): any {
  return native.call(op(87), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::batch_norm_update_stats(Tensor input, Tensor? running_mean, Tensor? running_var, float momentum) -> (Tensor, Tensor)
 */
export function batchNormUpdateStats(input: Tensor, runningMean: Tensor | null, runningVar: Tensor | null, momentum: number): [Tensor, Tensor];
export function batchNormUpdateStats(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return native.call(op(88), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)) as any;
}

/**
 * aten::bernoulli(Tensor self, *, Generator? generator=None) -> Tensor
 * aten::bernoulli.Tensor(Tensor self, Tensor p, *, Generator? generator=None) -> Tensor
 * aten::bernoulli.p(Tensor self, float p, *, Generator? generator=None) -> Tensor
 */
export function bernoulli(self: Tensor, opts?: { generator?: null }): Tensor;
export function bernoulli(self: Tensor, p: Tensor, opts?: { generator?: null }): Tensor;
export function bernoulli(self: Tensor, p: number, opts?: { generator?: null }): Tensor;
export function bernoulli(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(89), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::bernoulli_.Tensor(Tensor(a!) self, Tensor p, *, Generator? generator=None) -> Tensor(a!)
 * aten::bernoulli_.float(Tensor(a!) self, float p=0.5, *, Generator? generator=None) -> Tensor(a!)
 */
export function bernoulli_(self: Tensor, p: Tensor, opts?: { generator?: null }): Tensor;
export function bernoulli_(self: Tensor, opts?: { p?: number; generator?: null }): Tensor;
export function bernoulli_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(90), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor? bias=None) -> Tensor
 */
export function bilinear(input1: Tensor, input2: Tensor, weight: Tensor, opts?: { bias?: Tensor | null }): Tensor;
export function bilinear(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(91), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::binary_cross_entropy(Tensor self, Tensor target, Tensor? weight=None, int reduction=1) -> Tensor
 */
export function binaryCrossEntropy(self: Tensor, target: Tensor, opts?: { weight?: Tensor | null; reduction?: number }): Tensor;
export function binaryCrossEntropy(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(92), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::binary_cross_entropy_with_logits(Tensor self, Tensor target, Tensor? weight=None, Tensor? pos_weight=None, int reduction=1) -> Tensor
 */
export function binaryCrossEntropyWithLogits(self: Tensor, target: Tensor, opts?: { weight?: Tensor | null; posWeight?: Tensor | null; reduction?: number }): Tensor;
export function binaryCrossEntropyWithLogits(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(93), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::bincount(Tensor self, Tensor? weights=None, int minlength=0) -> Tensor
 */
export function bincount(self: Tensor, opts?: { weights?: Tensor | null; minlength?: number }): Tensor;
export function bincount(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(94), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::binomial(Tensor count, Tensor prob, Generator? generator=None) -> Tensor
 */
export function binomial(count: Tensor, prob: Tensor, opts?: { generator?: null }): Tensor;
export function binomial(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(95), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::bitwise_and.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::bitwise_and.Scalar_Tensor(Scalar self, Tensor other) -> Tensor
 * aten::bitwise_and.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function bitwiseAnd(self: Tensor, other: Scalar): Tensor;
export function bitwiseAnd(self: Scalar, other: Tensor): Tensor;
export function bitwiseAnd(self: Tensor, other: Tensor): Tensor;
export function bitwiseAnd(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(96), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::bitwise_and_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::bitwise_and_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function bitwiseAnd_(self: Tensor, other: Scalar): Tensor;
export function bitwiseAnd_(self: Tensor, other: Tensor): Tensor;
export function bitwiseAnd_(a0?: unknown, a1?: unknown): any {
  native.call1(op(97), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::bitwise_left_shift.Scalar_Tensor(Scalar self, Tensor other) -> Tensor
 * aten::bitwise_left_shift.Tensor(Tensor self, Tensor other) -> Tensor
 * aten::bitwise_left_shift.Tensor_Scalar(Tensor self, Scalar other) -> Tensor
 */
export function bitwiseLeftShift(self: Scalar, other: Tensor): Tensor;
export function bitwiseLeftShift(self: Tensor, other: Tensor): Tensor;
export function bitwiseLeftShift(self: Tensor, other: Scalar): Tensor;
export function bitwiseLeftShift(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(98), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::bitwise_left_shift_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 * aten::bitwise_left_shift_.Tensor_Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 */
export function bitwiseLeftShift_(self: Tensor, other: Tensor): Tensor;
export function bitwiseLeftShift_(self: Tensor, other: Scalar): Tensor;
export function bitwiseLeftShift_(a0?: unknown, a1?: unknown): any {
  native.call1(op(99), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::bitwise_not(Tensor self) -> Tensor
 */
export function bitwiseNot(self: Tensor): Tensor;
export function bitwiseNot(a0?: unknown): any {
  return $t(native.call1(op(100), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::bitwise_not_(Tensor(a!) self) -> Tensor(a!)
 */
export function bitwiseNot_(self: Tensor): Tensor;
export function bitwiseNot_(a0?: unknown): any {
  native.call1(op(101), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::bitwise_or.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::bitwise_or.Scalar_Tensor(Scalar self, Tensor other) -> Tensor
 * aten::bitwise_or.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function bitwiseOr(self: Tensor, other: Scalar): Tensor;
export function bitwiseOr(self: Scalar, other: Tensor): Tensor;
export function bitwiseOr(self: Tensor, other: Tensor): Tensor;
export function bitwiseOr(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(102), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::bitwise_or_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::bitwise_or_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function bitwiseOr_(self: Tensor, other: Scalar): Tensor;
export function bitwiseOr_(self: Tensor, other: Tensor): Tensor;
export function bitwiseOr_(a0?: unknown, a1?: unknown): any {
  native.call1(op(103), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::bitwise_right_shift.Scalar_Tensor(Scalar self, Tensor other) -> Tensor
 * aten::bitwise_right_shift.Tensor(Tensor self, Tensor other) -> Tensor
 * aten::bitwise_right_shift.Tensor_Scalar(Tensor self, Scalar other) -> Tensor
 */
export function bitwiseRightShift(self: Scalar, other: Tensor): Tensor;
export function bitwiseRightShift(self: Tensor, other: Tensor): Tensor;
export function bitwiseRightShift(self: Tensor, other: Scalar): Tensor;
export function bitwiseRightShift(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(104), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::bitwise_right_shift_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 * aten::bitwise_right_shift_.Tensor_Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 */
export function bitwiseRightShift_(self: Tensor, other: Tensor): Tensor;
export function bitwiseRightShift_(self: Tensor, other: Scalar): Tensor;
export function bitwiseRightShift_(a0?: unknown, a1?: unknown): any {
  native.call1(op(105), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::bitwise_xor.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::bitwise_xor.Scalar_Tensor(Scalar self, Tensor other) -> Tensor
 * aten::bitwise_xor.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function bitwiseXor(self: Tensor, other: Scalar): Tensor;
export function bitwiseXor(self: Scalar, other: Tensor): Tensor;
export function bitwiseXor(self: Tensor, other: Tensor): Tensor;
export function bitwiseXor(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(106), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::bitwise_xor_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::bitwise_xor_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function bitwiseXor_(self: Tensor, other: Scalar): Tensor;
export function bitwiseXor_(self: Tensor, other: Tensor): Tensor;
export function bitwiseXor_(a0?: unknown, a1?: unknown): any {
  native.call1(op(107), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::blackman_window(int window_length, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::blackman_window.periodic(int window_length, bool periodic, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function blackmanWindow(windowLength: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function blackmanWindow(windowLength: number, periodic: boolean, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function blackmanWindow(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(108), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::block_diag(Tensor[] tensors) -> Tensor
 */
export function blockDiag(tensors: Tensor[]): Tensor;
export function blockDiag(a0?: unknown): any {
  return $t(native.call1(op(109), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::bmm(Tensor self, Tensor mat2) -> Tensor
 */
export function bmm(self: Tensor, mat2: Tensor): Tensor;
export function bmm(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(110), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::broadcast_tensors(Tensor[] tensors) -> Tensor[]
 */
export function broadcastTensors(tensors: Tensor[]): Tensor[];
export function broadcastTensors(a0?: unknown): any {
  return native.call(op(111), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::broadcast_to(Tensor(a) self, int[] size) -> Tensor(a)
 */
export function broadcastTo(self: Tensor, size: number[]): Tensor;
export function broadcastTo(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(112), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::bucketize.Scalar(Scalar self, Tensor boundaries, *, bool out_int32=False, bool right=False) -> Tensor
 * aten::bucketize.Tensor(Tensor self, Tensor boundaries, *, bool out_int32=False, bool right=False) -> Tensor
 */
export function bucketize(self: Scalar, boundaries: Tensor, opts?: { outInt32?: boolean; right?: boolean }): Tensor;
export function bucketize(self: Tensor, boundaries: Tensor, opts?: { outInt32?: boolean; right?: boolean }): Tensor;
export function bucketize(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(113), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::can_cast(ScalarType from, ScalarType to) -> bool
 */
export function canCast(from: DType, to: DType): boolean;
export function canCast(a0?: unknown, a1?: unknown): any {
  return native.call(op(114), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::cartesian_prod(Tensor[] tensors) -> Tensor
 */
export function cartesianProd(tensors: Tensor[]): Tensor;
export function cartesianProd(a0?: unknown): any {
  return $t(native.call1(op(115), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::cat(Tensor[] tensors, int dim=0) -> Tensor
 */
export function cat(tensors: Tensor[], opts?: { dim?: number }): Tensor;
export function cat(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(116), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::cauchy(Tensor self, float median=0., float sigma=1., *, Generator? generator=None) -> Tensor
 */
export function cauchy(self: Tensor, opts?: { median?: number; sigma?: number; generator?: null }): Tensor;
export function cauchy(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(117), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::cauchy_(Tensor(a!) self, float median=0., float sigma=1., *, Generator? generator=None) -> Tensor(a!)
 */
export function cauchy_(self: Tensor, opts?: { median?: number; sigma?: number; generator?: null }): Tensor;
export function cauchy_(a0?: unknown, a1?: unknown): any {
  native.call1(op(118), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::ccol_indices(Tensor(a) self) -> Tensor(a)
 */
export function ccolIndices(self: Tensor): Tensor;
export function ccolIndices(a0?: unknown): any {
  return $t(native.call1(op(119), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::ccol_indices_copy(Tensor self) -> Tensor
 */
export function ccolIndicesCopy(self: Tensor): Tensor;
export function ccolIndicesCopy(a0?: unknown): any {
  return $t(native.call1(op(120), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::cdist(Tensor x1, Tensor x2, float p=2., int? compute_mode=None) -> Tensor
 */
export function cdist(x1: Tensor, x2: Tensor, opts?: { p?: number; computeMode?: number | null }): Tensor;
export function cdist(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(121), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::ceil(Tensor self) -> Tensor
 */
export function ceil(self: Tensor): Tensor;
export function ceil(a0?: unknown): any {
  return $t(native.call1(op(122), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::ceil_(Tensor(a!) self) -> Tensor(a!)
 */
export function ceil_(self: Tensor): Tensor;
export function ceil_(a0?: unknown): any {
  native.call1(op(123), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::celu(Tensor self, Scalar alpha=1.) -> Tensor
 */
export function celu(self: Tensor, opts?: { alpha?: Scalar }): Tensor;
export function celu(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(124), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::celu_(Tensor(a!) self, Scalar alpha=1.) -> Tensor(a!)
 */
export function celu_(self: Tensor, opts?: { alpha?: Scalar }): Tensor;
export function celu_(a0?: unknown, a1?: unknown): any {
  native.call1(op(125), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::chain_matmul(Tensor[] matrices) -> Tensor
 */
export function chainMatmul(matrices: Tensor[]): Tensor;
export function chainMatmul(a0?: unknown): any {
  return $t(native.call1(op(126), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::chalf(Tensor self, *, MemoryFormat? memory_format=None) -> Tensor
 */
export function chalf(self: Tensor, opts?: { memoryFormat?: MemoryFormat | null }): Tensor;
export function chalf(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(127), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::channel_shuffle(Tensor self, int groups) -> Tensor
 */
export function channelShuffle(self: Tensor, groups: number): Tensor;
export function channelShuffle(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(128), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::cholesky(Tensor self, bool upper=False) -> Tensor
 */
export function cholesky(self: Tensor, opts?: { upper?: boolean }): Tensor;
export function cholesky(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(129), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::cholesky_inverse(Tensor self, bool upper=False) -> Tensor
 */
export function choleskyInverse(self: Tensor, opts?: { upper?: boolean }): Tensor;
export function choleskyInverse(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(130), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::cholesky_solve(Tensor self, Tensor input2, bool upper=False) -> Tensor
 */
export function choleskySolve(self: Tensor, input2: Tensor, opts?: { upper?: boolean }): Tensor;
export function choleskySolve(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(131), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::choose_qparams_optimized(Tensor input, int numel, int n_bins, float ratio, int bit_width) -> (Tensor, Tensor)
 */
export function chooseQparamsOptimized(input: Tensor, numel: number, nBins: number, ratio: number, bitWidth: number): [Tensor, Tensor];
export function chooseQparamsOptimized(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return native.call(op(132), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)) as any;
}

/**
 * aten::chunk(Tensor(a -> *) self, int chunks, int dim=0) -> Tensor(a)[]
 */
export function chunk(self: Tensor, chunks: number, opts?: { dim?: number }): Tensor[];
export function chunk(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(133), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::clamp(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor
 * aten::clamp.Tensor(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor
 */
export function clamp(self: Tensor, opts?: { min?: Scalar | null; max?: Scalar | null }): Tensor;
export function clamp(self: Tensor, opts?: { min?: Tensor | null; max?: Tensor | null }): Tensor;
export function clamp(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(134), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::clamp_(Tensor(a!) self, Scalar? min=None, Scalar? max=None) -> Tensor(a!)
 * aten::clamp_.Tensor(Tensor(a!) self, Tensor? min=None, Tensor? max=None) -> Tensor(a!)
 */
export function clamp_(self: Tensor, opts?: { min?: Scalar | null; max?: Scalar | null }): Tensor;
export function clamp_(self: Tensor, opts?: { min?: Tensor | null; max?: Tensor | null }): Tensor;
export function clamp_(a0?: unknown, a1?: unknown): any {
  native.call1(op(135), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::clamp_max(Tensor self, Scalar max) -> Tensor
 * aten::clamp_max.Tensor(Tensor self, Tensor max) -> Tensor
 */
export function clampMax(self: Tensor, max: Scalar): Tensor;
export function clampMax(self: Tensor, max: Tensor): Tensor;
export function clampMax(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(136), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::clamp_max_(Tensor(a!) self, Scalar max) -> Tensor(a!)
 * aten::clamp_max_.Tensor(Tensor(a!) self, Tensor max) -> Tensor(a!)
 */
export function clampMax_(self: Tensor, max: Scalar): Tensor;
export function clampMax_(self: Tensor, max: Tensor): Tensor;
export function clampMax_(a0?: unknown, a1?: unknown): any {
  native.call1(op(137), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::clamp_min(Tensor self, Scalar min) -> Tensor
 * aten::clamp_min.Tensor(Tensor self, Tensor min) -> Tensor
 */
export function clampMin(self: Tensor, min: Scalar): Tensor;
export function clampMin(self: Tensor, min: Tensor): Tensor;
export function clampMin(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(138), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::clamp_min_(Tensor(a!) self, Scalar min) -> Tensor(a!)
 * aten::clamp_min_.Tensor(Tensor(a!) self, Tensor min) -> Tensor(a!)
 */
export function clampMin_(self: Tensor, min: Scalar): Tensor;
export function clampMin_(self: Tensor, min: Tensor): Tensor;
export function clampMin_(a0?: unknown, a1?: unknown): any {
  native.call1(op(139), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::clip(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor
 * aten::clip.Tensor(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor
 */
export function clip(self: Tensor, opts?: { min?: Scalar | null; max?: Scalar | null }): Tensor;
export function clip(self: Tensor, opts?: { min?: Tensor | null; max?: Tensor | null }): Tensor;
export function clip(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(140), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::clip_(Tensor(a!) self, Scalar? min=None, Scalar? max=None) -> Tensor(a!)
 * aten::clip_.Tensor(Tensor(a!) self, Tensor? min=None, Tensor? max=None) -> Tensor(a!)
 */
export function clip_(self: Tensor, opts?: { min?: Scalar | null; max?: Scalar | null }): Tensor;
export function clip_(self: Tensor, opts?: { min?: Tensor | null; max?: Tensor | null }): Tensor;
export function clip_(a0?: unknown, a1?: unknown): any {
  native.call1(op(141), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::clone(Tensor self, *, MemoryFormat? memory_format=None) -> Tensor
 */
export function clone(self: Tensor, opts?: { memoryFormat?: MemoryFormat | null }): Tensor;
export function clone(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(142), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::coalesce(Tensor(a) self) -> Tensor(a)
 */
export function coalesce(self: Tensor): Tensor;
export function coalesce(a0?: unknown): any {
  return $t(native.call1(op(143), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::col2im(Tensor self, SymInt[2] output_size, int[2] kernel_size, int[2] dilation, int[2] padding, int[2] stride) -> Tensor
 */
export function col2im(self: Tensor, outputSize: number | number[], kernelSize: number | number[], dilation: number | number[], padding: number | number[], stride: number | number[]): Tensor;
export function col2im(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown): any {
  return $t(native.call1(op(144), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)));
}

/**
 * aten::col_indices(Tensor(a) self) -> Tensor(a)
 */
export function colIndices(self: Tensor): Tensor;
export function colIndices(a0?: unknown): any {
  return $t(native.call1(op(145), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::col_indices_copy(Tensor self) -> Tensor
 */
export function colIndicesCopy(self: Tensor): Tensor;
export function colIndicesCopy(a0?: unknown): any {
  return $t(native.call1(op(146), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::column_stack(Tensor[] tensors) -> Tensor
 */
export function columnStack(tensors: Tensor[]): Tensor;
export function columnStack(a0?: unknown): any {
  return $t(native.call1(op(147), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::combinations(Tensor self, int r=2, bool with_replacement=False) -> Tensor
 */
export function combinations(self: Tensor, opts?: { r?: number; withReplacement?: boolean }): Tensor;
export function combinations(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(148), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::complex(Tensor real, Tensor imag) -> Tensor
 */
export function complex(real: Tensor, imag: Tensor): Tensor;
export function complex(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(149), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::concat(Tensor[] tensors, int dim=0) -> Tensor
 */
export function concat(tensors: Tensor[], opts?: { dim?: number }): Tensor;
export function concat(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(150), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::concatenate(Tensor[] tensors, int dim=0) -> Tensor
 */
export function concatenate(tensors: Tensor[], opts?: { dim?: number }): Tensor;
export function concatenate(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(151), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::conj(Tensor(a) self) -> Tensor(a)
 */
export function conj(self: Tensor): Tensor;
export function conj(a0?: unknown): any {
  return $t(native.call1(op(152), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::conj_physical(Tensor self) -> Tensor
 */
export function conjPhysical(self: Tensor): Tensor;
export function conjPhysical(a0?: unknown): any {
  return $t(native.call1(op(153), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::conj_physical_(Tensor(a!) self) -> Tensor(a!)
 */
export function conjPhysical_(self: Tensor): Tensor;
export function conjPhysical_(a0?: unknown): any {
  native.call1(op(154), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::constant_pad_nd(Tensor self, int[] pad, Scalar value=0) -> Tensor
 */
export function constantPadNd(self: Tensor, pad: number[], opts?: { value?: Scalar }): Tensor;
export function constantPadNd(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(155), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::contiguous(Tensor(a) self, *, MemoryFormat memory_format=0) -> Tensor(a)
 */
export function contiguous(self: Tensor, opts?: { memoryFormat?: MemoryFormat }): Tensor;
export function contiguous(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(156), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::conv1d(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=[1], int[1] padding=[0], int[1] dilation=[1], int groups=1) -> Tensor
 * aten::conv1d.padding(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=[1], str padding="valid", int[1] dilation=[1], int groups=1) -> Tensor
 */
export function conv1d(input: Tensor, weight: Tensor, opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; groups?: number }): Tensor;
export function conv1d(input: Tensor, weight: Tensor, opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: string; dilation?: number | number[]; groups?: number }): Tensor;
export function conv1d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(157), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::conv2d(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] dilation=1, int groups=1) -> Tensor
 * aten::conv2d.padding(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, str padding="valid", int[2] dilation=1, int groups=1) -> Tensor
 */
export function conv2d(input: Tensor, weight: Tensor, opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; groups?: number }): Tensor;
export function conv2d(input: Tensor, weight: Tensor, opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: string; dilation?: number | number[]; groups?: number }): Tensor;
export function conv2d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(158), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::conv3d(Tensor input, Tensor weight, Tensor? bias=None, int[3] stride=1, int[3] padding=0, int[3] dilation=1, int groups=1) -> Tensor
 * aten::conv3d.padding(Tensor input, Tensor weight, Tensor? bias=None, int[3] stride=1, str padding="valid", int[3] dilation=1, int groups=1) -> Tensor
 */
export function conv3d(input: Tensor, weight: Tensor, opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; groups?: number }): Tensor;
export function conv3d(input: Tensor, weight: Tensor, opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: string; dilation?: number | number[]; groups?: number }): Tensor;
export function conv3d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(159), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::conv_depthwise3d(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias, int[3] stride, int[3] padding, int[3] dilation) -> Tensor
 */
export function convDepthwise3d(self: Tensor, weight: Tensor, kernelSize: number | number[], bias: Tensor | null, stride: number | number[], padding: number | number[], dilation: number | number[]): Tensor;
export function convDepthwise3d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown): any {
  return $t(native.call1(op(160), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6)));
}

/**
 * aten::conv_tbc(Tensor self, Tensor weight, Tensor bias, int pad=0) -> Tensor
 */
export function convTbc(self: Tensor, weight: Tensor, bias: Tensor, opts?: { pad?: number }): Tensor;
export function convTbc(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(161), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::conv_transpose1d(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=[1], int[1] padding=[0], int[1] output_padding=[0], int groups=1, int[1] dilation=[1]) -> Tensor
 */
export function convTranspose1d(input: Tensor, weight: Tensor, opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; outputPadding?: number | number[]; groups?: number; dilation?: number | number[] }): Tensor;
export function convTranspose1d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(162), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::conv_transpose2d.input(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] output_padding=0, int groups=1, int[2] dilation=1) -> Tensor
 */
export function convTranspose2d(input: Tensor, weight: Tensor, opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; outputPadding?: number | number[]; groups?: number; dilation?: number | number[] }): Tensor;
export function convTranspose2d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(163), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::conv_transpose3d.input(Tensor input, Tensor weight, Tensor? bias=None, int[3] stride=1, int[3] padding=0, int[3] output_padding=0, int groups=1, int[3] dilation=1) -> Tensor
 */
export function convTranspose3d(input: Tensor, weight: Tensor, opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; outputPadding?: number | number[]; groups?: number; dilation?: number | number[] }): Tensor;
export function convTranspose3d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(164), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::convolution(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups) -> Tensor
 */
export function convolution(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number[], padding: number[], dilation: number[], transposed: boolean, outputPadding: number[], groups: number): Tensor;
export function convolution(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown): any {
  return $t(native.call1(op(165), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | $m(a8, 256) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7), $h(a8)));
}

/**
 * aten::convolution_overrideable(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups) -> Tensor
 */
export function convolutionOverrideable(input: Tensor, weight: Tensor, bias: Tensor | null, stride: number[], padding: number[], dilation: number[], transposed: boolean, outputPadding: number[], groups: number): Tensor;
export function convolutionOverrideable(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown): any {
  return $t(native.call1(op(166), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | $m(a8, 256) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7), $h(a8)));
}

/**
 * aten::copy(Tensor self, Tensor src, bool non_blocking=False) -> Tensor
 */
export function copy(self: Tensor, src: Tensor, opts?: { nonBlocking?: boolean }): Tensor;
export function copy(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(167), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::copy_(Tensor(a!) self, Tensor src, bool non_blocking=False) -> Tensor(a!)
 */
export function copy_(self: Tensor, src: Tensor, opts?: { nonBlocking?: boolean }): Tensor;
export function copy_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(168), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::copy_sparse_to_sparse(Tensor self, Tensor src, bool non_blocking=False) -> Tensor
 */
export function copySparseToSparse(self: Tensor, src: Tensor, opts?: { nonBlocking?: boolean }): Tensor;
export function copySparseToSparse(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(169), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::copy_sparse_to_sparse_(Tensor(a!) self, Tensor src, bool non_blocking=False) -> Tensor(a!)
 */
export function copySparseToSparse_(self: Tensor, src: Tensor, opts?: { nonBlocking?: boolean }): Tensor;
export function copySparseToSparse_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(170), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::copysign.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::copysign.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function copysign(self: Tensor, other: Scalar): Tensor;
export function copysign(self: Tensor, other: Tensor): Tensor;
export function copysign(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(171), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::copysign_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::copysign_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function copysign_(self: Tensor, other: Scalar): Tensor;
export function copysign_(self: Tensor, other: Tensor): Tensor;
export function copysign_(a0?: unknown, a1?: unknown): any {
  native.call1(op(172), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::corrcoef(Tensor self) -> Tensor
 */
export function corrcoef(self: Tensor): Tensor;
export function corrcoef(a0?: unknown): any {
  return $t(native.call1(op(173), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::cos(Tensor self) -> Tensor
 */
export function cos(self: Tensor): Tensor;
export function cos(a0?: unknown): any {
  return $t(native.call1(op(174), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::cos_(Tensor(a!) self) -> Tensor(a!)
 */
export function cos_(self: Tensor): Tensor;
export function cos_(a0?: unknown): any {
  native.call1(op(175), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::cosh(Tensor self) -> Tensor
 */
export function cosh(self: Tensor): Tensor;
export function cosh(a0?: unknown): any {
  return $t(native.call1(op(176), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::cosh_(Tensor(a!) self) -> Tensor(a!)
 */
export function cosh_(self: Tensor): Tensor;
export function cosh_(a0?: unknown): any {
  native.call1(op(177), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::cosine_embedding_loss(Tensor input1, Tensor input2, Tensor target, float margin=0., int reduction=1) -> Tensor
 */
export function cosineEmbeddingLoss(input1: Tensor, input2: Tensor, target: Tensor, opts?: { margin?: number; reduction?: number }): Tensor;
export function cosineEmbeddingLoss(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(178), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::cosine_similarity(Tensor x1, Tensor x2, int dim=1, float eps=1e-08) -> Tensor
 */
export function cosineSimilarity(x1: Tensor, x2: Tensor, opts?: { dim?: number; eps?: number }): Tensor;
export function cosineSimilarity(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(179), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::count_nonzero(Tensor self, int? dim=None) -> Tensor
 * aten::count_nonzero.dim_IntList(Tensor self, int[] dim) -> Tensor
 */
export function countNonzero(self: Tensor, opts?: { dim?: number | null }): Tensor;
export function countNonzero(self: Tensor, dim: number[]): Tensor;
export function countNonzero(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(180), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::cov(Tensor self, *, int correction=1, Tensor? fweights=None, Tensor? aweights=None) -> Tensor
 */
export function cov(self: Tensor, opts?: { correction?: number; fweights?: Tensor | null; aweights?: Tensor | null }): Tensor;
export function cov(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(181), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::cross(Tensor self, Tensor other, int? dim=None) -> Tensor
 */
export function cross(self: Tensor, other: Tensor, opts?: { dim?: number | null }): Tensor;
export function cross(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(182), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::cross_entropy_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100, float label_smoothing=0.) -> Tensor
 */
export function crossEntropyLoss(self: Tensor, target: Tensor, opts?: { weight?: Tensor | null; reduction?: number; ignoreIndex?: number; labelSmoothing?: number }): Tensor;
export function crossEntropyLoss(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(183), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::crow_indices(Tensor(a) self) -> Tensor(a)
 */
export function crowIndices(self: Tensor): Tensor;
export function crowIndices(a0?: unknown): any {
  return $t(native.call1(op(184), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::crow_indices_copy(Tensor self) -> Tensor
 */
export function crowIndicesCopy(self: Tensor): Tensor;
export function crowIndicesCopy(a0?: unknown): any {
  return $t(native.call1(op(185), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::ctc_loss.IntList(Tensor log_probs, Tensor targets, int[] input_lengths, int[] target_lengths, int blank=0, int reduction=1, bool zero_infinity=False) -> Tensor
 * aten::ctc_loss.Tensor(Tensor log_probs, Tensor targets, Tensor input_lengths, Tensor target_lengths, int blank=0, int reduction=1, bool zero_infinity=False) -> Tensor
 */
export function ctcLoss(logProbs: Tensor, targets: Tensor, inputLengths: number[], targetLengths: number[], opts?: { blank?: number; reduction?: number; zeroInfinity?: boolean }): Tensor;
export function ctcLoss(logProbs: Tensor, targets: Tensor, inputLengths: Tensor, targetLengths: Tensor, opts?: { blank?: number; reduction?: number; zeroInfinity?: boolean }): Tensor;
export function ctcLoss(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(186), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::cummax(Tensor self, int dim) -> (Tensor values, Tensor indices)
 * aten::cummax.dimname(Tensor self, str dim) -> (Tensor values, Tensor indices)
 */
export function cummax(self: Tensor, dim: number): [Tensor, Tensor];
export function cummax(self: Tensor, dim: string): [Tensor, Tensor];
export function cummax(a0?: unknown, a1?: unknown): any {
  return native.call(op(187), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::cummin(Tensor self, int dim) -> (Tensor values, Tensor indices)
 * aten::cummin.dimname(Tensor self, str dim) -> (Tensor values, Tensor indices)
 */
export function cummin(self: Tensor, dim: number): [Tensor, Tensor];
export function cummin(self: Tensor, dim: string): [Tensor, Tensor];
export function cummin(a0?: unknown, a1?: unknown): any {
  return native.call(op(188), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::cumprod(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor
 * aten::cumprod.dimname(Tensor self, str dim, *, ScalarType? dtype=None) -> Tensor
 */
export function cumprod(self: Tensor, dim: number, opts?: { dtype?: DType | null }): Tensor;
export function cumprod(self: Tensor, dim: string, opts?: { dtype?: DType | null }): Tensor;
export function cumprod(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(189), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::cumprod_(Tensor(a!) self, int dim, *, ScalarType? dtype=None) -> Tensor(a!)
 * aten::cumprod_.dimname(Tensor(a!) self, str dim, *, ScalarType? dtype=None) -> Tensor(a!)
 */
export function cumprod_(self: Tensor, dim: number, opts?: { dtype?: DType | null }): Tensor;
export function cumprod_(self: Tensor, dim: string, opts?: { dtype?: DType | null }): Tensor;
export function cumprod_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(190), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::cumsum(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor
 * aten::cumsum.dimname(Tensor self, str dim, *, ScalarType? dtype=None) -> Tensor
 */
export function cumsum(self: Tensor, dim: number, opts?: { dtype?: DType | null }): Tensor;
export function cumsum(self: Tensor, dim: string, opts?: { dtype?: DType | null }): Tensor;
export function cumsum(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(191), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::cumsum_(Tensor(a!) self, int dim, *, ScalarType? dtype=None) -> Tensor(a!)
 * aten::cumsum_.dimname(Tensor(a!) self, str dim, *, ScalarType? dtype=None) -> Tensor(a!)
 */
export function cumsum_(self: Tensor, dim: number, opts?: { dtype?: DType | null }): Tensor;
export function cumsum_(self: Tensor, dim: string, opts?: { dtype?: DType | null }): Tensor;
export function cumsum_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(192), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::cumulative_trapezoid.dx(Tensor y, *, Scalar dx=1, int dim=-1) -> Tensor
 * aten::cumulative_trapezoid.x(Tensor y, Tensor x, *, int dim=-1) -> Tensor
 */
export function cumulativeTrapezoid(y: Tensor, opts?: { dx?: Scalar; dim?: number }): Tensor;
export function cumulativeTrapezoid(y: Tensor, x: Tensor, opts?: { dim?: number }): Tensor;
export function cumulativeTrapezoid(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(193), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::data(Tensor self) -> Tensor
 */
export function data(self: Tensor): Tensor;
export function data(a0?: unknown): any {
  return $t(native.call1(op(194), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::deg2rad(Tensor self) -> Tensor
 */
export function deg2rad(self: Tensor): Tensor;
export function deg2rad(a0?: unknown): any {
  return $t(native.call1(op(195), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::deg2rad_(Tensor(a!) self) -> Tensor(a!)
 */
export function deg2rad_(self: Tensor): Tensor;
export function deg2rad_(a0?: unknown): any {
  native.call1(op(196), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::dense_dim(Tensor self) -> int
 */
export function denseDim(self: Tensor): number;
export function denseDim(a0?: unknown): any {
  return native.call(op(197), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::dequantize.self(Tensor self) -> Tensor
 * aten::dequantize.tensors(Tensor[] tensors) -> Tensor[]
 */
export function dequantize(self: Tensor): Tensor;
export function dequantize(tensors: Tensor[]): Tensor[];
export function dequantize(a0?: unknown): any {
  return native.call(op(198), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::det(Tensor self) -> Tensor
 */
export function det(self: Tensor): Tensor;
export function det(a0?: unknown): any {
  return $t(native.call1(op(199), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::detach(Tensor(a) self) -> Tensor(a)
 */
export function detach(self: Tensor): Tensor;
export function detach(a0?: unknown): any {
  return $t(native.call1(op(200), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::detach_(Tensor(a!) self) -> Tensor(a!)
 */
export function detach_(self: Tensor): Tensor;
export function detach_(a0?: unknown): any {
  native.call1(op(201), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::detach_copy(Tensor self) -> Tensor
 */
export function detachCopy(self: Tensor): Tensor;
export function detachCopy(a0?: unknown): any {
  return $t(native.call1(op(202), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::diag(Tensor self, int diagonal=0) -> Tensor
 */
export function diag(self: Tensor, opts?: { diagonal?: number }): Tensor;
export function diag(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(203), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::diag_embed(Tensor self, int offset=0, int dim1=-2, int dim2=-1) -> Tensor
 */
export function diagEmbed(self: Tensor, opts?: { offset?: number; dim1?: number; dim2?: number }): Tensor;
export function diagEmbed(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(204), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::diagflat(Tensor self, int offset=0) -> Tensor
 */
export function diagflat(self: Tensor, opts?: { offset?: number }): Tensor;
export function diagflat(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(205), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::diagonal(Tensor(a) self, int offset=0, int dim1=0, int dim2=1) -> Tensor(a)
 */
export function diagonal(self: Tensor, opts?: { offset?: number; dim1?: number; dim2?: number }): Tensor;
export function diagonal(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(206), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::diagonal_copy(Tensor self, int offset=0, int dim1=0, int dim2=1) -> Tensor
 */
export function diagonalCopy(self: Tensor, opts?: { offset?: number; dim1?: number; dim2?: number }): Tensor;
export function diagonalCopy(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(207), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::diagonal_scatter(Tensor self, Tensor src, int offset=0, int dim1=0, int dim2=1) -> Tensor
 */
export function diagonalScatter(self: Tensor, src: Tensor, opts?: { offset?: number; dim1?: number; dim2?: number }): Tensor;
export function diagonalScatter(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(208), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::diff(Tensor self, int n=1, int dim=-1, Tensor? prepend=None, Tensor? append=None) -> Tensor
 */
export function diff(self: Tensor, opts?: { n?: number; dim?: number; prepend?: Tensor | null; append?: Tensor | null }): Tensor;
export function diff(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(209), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::digamma(Tensor self) -> Tensor
 */
export function digamma(self: Tensor): Tensor;
export function digamma(a0?: unknown): any {
  return $t(native.call1(op(210), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::digamma_(Tensor(a!) self) -> Tensor(a!)
 */
export function digamma_(self: Tensor): Tensor;
export function digamma_(a0?: unknown): any {
  native.call1(op(211), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::dist(Tensor self, Tensor other, Scalar p=2) -> Tensor
 */
export function dist(self: Tensor, other: Tensor, opts?: { p?: Scalar }): Tensor;
export function dist(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(212), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::div.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::div.Scalar_mode(Tensor self, Scalar other, *, str? rounding_mode) -> Tensor
 * aten::div.Tensor(Tensor self, Tensor other) -> Tensor
 * aten::div.Tensor_mode(Tensor self, Tensor other, *, str? rounding_mode) -> Tensor
 */
export function div(self: Tensor, other: Scalar): Tensor;
export function div(self: Tensor, other: Scalar, opts?: { roundingMode?: string | null }): Tensor;
export function div(self: Tensor, other: Tensor): Tensor;
export function div(self: Tensor, other: Tensor, opts?: { roundingMode?: string | null }): Tensor;
export function div(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(213), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::div_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::div_.Scalar_mode(Tensor(a!) self, Scalar other, *, str? rounding_mode) -> Tensor(a!)
 * aten::div_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 * aten::div_.Tensor_mode(Tensor(a!) self, Tensor other, *, str? rounding_mode) -> Tensor(a!)
 */
export function div_(self: Tensor, other: Scalar): Tensor;
export function div_(self: Tensor, other: Scalar, opts?: { roundingMode?: string | null }): Tensor;
export function div_(self: Tensor, other: Tensor): Tensor;
export function div_(self: Tensor, other: Tensor, opts?: { roundingMode?: string | null }): Tensor;
export function div_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(214), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::divide.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::divide.Scalar_mode(Tensor self, Scalar other, *, str? rounding_mode) -> Tensor
 * aten::divide.Tensor(Tensor self, Tensor other) -> Tensor
 * aten::divide.Tensor_mode(Tensor self, Tensor other, *, str? rounding_mode) -> Tensor
 */
export function divide(self: Tensor, other: Scalar): Tensor;
export function divide(self: Tensor, other: Scalar, opts?: { roundingMode?: string | null }): Tensor;
export function divide(self: Tensor, other: Tensor): Tensor;
export function divide(self: Tensor, other: Tensor, opts?: { roundingMode?: string | null }): Tensor;
export function divide(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(215), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::divide_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::divide_.Scalar_mode(Tensor(a!) self, Scalar other, *, str? rounding_mode) -> Tensor(a!)
 * aten::divide_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 * aten::divide_.Tensor_mode(Tensor(a!) self, Tensor other, *, str? rounding_mode) -> Tensor(a!)
 */
export function divide_(self: Tensor, other: Scalar): Tensor;
export function divide_(self: Tensor, other: Scalar, opts?: { roundingMode?: string | null }): Tensor;
export function divide_(self: Tensor, other: Tensor): Tensor;
export function divide_(self: Tensor, other: Tensor, opts?: { roundingMode?: string | null }): Tensor;
export function divide_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(216), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::dot(Tensor self, Tensor tensor) -> Tensor
 */
export function dot(self: Tensor, tensor: Tensor): Tensor;
export function dot(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(217), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::dropout(Tensor input, float p, bool train) -> Tensor
 */
export function dropout(input: Tensor, p: number, train: boolean): Tensor;
export function dropout(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(218), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)
 */
export function dropout_(self: Tensor, p: number, train: boolean): Tensor;
export function dropout_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(219), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::dsplit.array(Tensor(a -> *) self, int[] indices) -> Tensor(a)[]
 * aten::dsplit.int(Tensor(a -> *) self, int sections) -> Tensor(a)[]
 */
export function dsplit(self: Tensor, indices: number[]): Tensor[];
export function dsplit(self: Tensor, sections: number): Tensor[];
export function dsplit(a0?: unknown, a1?: unknown): any {
  return native.call(op(220), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::dstack(Tensor[] tensors) -> Tensor
 */
export function dstack(tensors: Tensor[]): Tensor;
export function dstack(a0?: unknown): any {
  return $t(native.call1(op(221), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::einsum(str equation, Tensor[] tensors, *, int[]? path=None) -> Tensor
 */
export function einsum(equation: string, tensors: Tensor[], opts?: { path?: number[] | null }): Tensor;
export function einsum(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(222), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::elu(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor
 */
export function elu(self: Tensor, opts?: { alpha?: Scalar; scale?: Scalar; inputScale?: Scalar }): Tensor;
export function elu(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(223), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::elu_(Tensor(a!) self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor(a!)
 */
export function elu_(self: Tensor, opts?: { alpha?: Scalar; scale?: Scalar; inputScale?: Scalar }): Tensor;
export function elu_(a0?: unknown, a1?: unknown): any {
  native.call1(op(224), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::embedding(Tensor weight, Tensor indices, int padding_idx=-1, bool scale_grad_by_freq=False, bool sparse=False) -> Tensor
 */
export function embedding(weight: Tensor, indices: Tensor, opts?: { paddingIdx?: number; scaleGradByFreq?: boolean; sparse?: boolean }): Tensor;
export function embedding(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(225), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::embedding_bag(Tensor weight, Tensor indices, Tensor offsets, bool scale_grad_by_freq=False, int mode=0, bool sparse=False, Tensor? per_sample_weights=None, bool include_last_offset=False) -> (Tensor, Tensor, Tensor, Tensor)
 * aten::embedding_bag.padding_idx(Tensor weight, Tensor indices, Tensor offsets, bool scale_grad_by_freq, int mode, bool sparse, Tensor? per_sample_weights, bool include_last_offset, int? padding_idx) -> (Tensor, Tensor, Tensor, Tensor)
 */
export function embeddingBag(weight: Tensor, indices: Tensor, offsets: Tensor, opts?: { scaleGradByFreq?: boolean; mode?: number; sparse?: boolean; perSampleWeights?: Tensor | null; includeLastOffset?: boolean }): [Tensor, Tensor, Tensor, Tensor];
export function embeddingBag(weight: Tensor, indices: Tensor, offsets: Tensor, scaleGradByFreq: boolean, mode: number, sparse: boolean, perSampleWeights: Tensor | null, includeLastOffset: boolean, paddingIdx: number | null): [Tensor, Tensor, Tensor, Tensor];
export function embeddingBag(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown): any {
  return native.call(op(226), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | $m(a8, 256) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7), $h(a8)) as any;
}

/**
 * aten::embedding_renorm(Tensor self, Tensor indices, float max_norm, float norm_type) -> Tensor
 */
export function embeddingRenorm(self: Tensor, indices: Tensor, maxNorm: number, normType: number): Tensor;
export function embeddingRenorm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(227), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::embedding_renorm_(Tensor(a!) self, Tensor indices, float max_norm, float norm_type) -> Tensor(a!)
 */
export function embeddingRenorm_(self: Tensor, indices: Tensor, maxNorm: number, normType: number): Tensor;
export function embeddingRenorm_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(228), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::empty.memory_format(SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
 */
export function empty(size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
export function empty(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(229), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::empty_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
 */
export function emptyLike(self: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
export function emptyLike(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(230), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::empty_quantized(int[] size, Tensor qtensor, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
 */
export function emptyQuantized(size: number[], qtensor: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
export function emptyQuantized(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(231), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::empty_strided(SymInt[] size, SymInt[] stride, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function emptyStrided(size: number[], stride: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function emptyStrided(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(232), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::eq.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::eq.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function eq(self: Tensor, other: Scalar): Tensor;
export function eq(self: Tensor, other: Tensor): Tensor;
export function eq(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(233), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::eq_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::eq_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function eq_(self: Tensor, other: Scalar): Tensor;
export function eq_(self: Tensor, other: Tensor): Tensor;
export function eq_(a0?: unknown, a1?: unknown): any {
  native.call1(op(234), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::equal(Tensor self, Tensor other) -> bool
 */
export function equal(self: Tensor, other: Tensor): boolean;
export function equal(a0?: unknown, a1?: unknown): any {
  return native.call(op(235), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::erf(Tensor self) -> Tensor
 */
export function erf(self: Tensor): Tensor;
export function erf(a0?: unknown): any {
  return $t(native.call1(op(236), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::erf_(Tensor(a!) self) -> Tensor(a!)
 */
export function erf_(self: Tensor): Tensor;
export function erf_(a0?: unknown): any {
  native.call1(op(237), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::erfc(Tensor self) -> Tensor
 */
export function erfc(self: Tensor): Tensor;
export function erfc(a0?: unknown): any {
  return $t(native.call1(op(238), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::erfc_(Tensor(a!) self) -> Tensor(a!)
 */
export function erfc_(self: Tensor): Tensor;
export function erfc_(a0?: unknown): any {
  native.call1(op(239), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::erfinv(Tensor self) -> Tensor
 */
export function erfinv(self: Tensor): Tensor;
export function erfinv(a0?: unknown): any {
  return $t(native.call1(op(240), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::erfinv_(Tensor(a!) self) -> Tensor(a!)
 */
export function erfinv_(self: Tensor): Tensor;
export function erfinv_(a0?: unknown): any {
  native.call1(op(241), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::exp(Tensor self) -> Tensor
 */
export function exp(self: Tensor): Tensor;
export function exp(a0?: unknown): any {
  return $t(native.call1(op(242), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::exp2(Tensor self) -> Tensor
 */
export function exp2(self: Tensor): Tensor;
export function exp2(a0?: unknown): any {
  return $t(native.call1(op(243), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::exp2_(Tensor(a!) self) -> Tensor(a!)
 */
export function exp2_(self: Tensor): Tensor;
export function exp2_(a0?: unknown): any {
  native.call1(op(244), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::exp_(Tensor(a!) self) -> Tensor(a!)
 */
export function exp_(self: Tensor): Tensor;
export function exp_(a0?: unknown): any {
  native.call1(op(245), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::expand(Tensor(a) self, SymInt[] size, *, bool implicit=False) -> Tensor(a)
 */
export function expand(self: Tensor, size: number[], opts?: { implicit?: boolean }): Tensor;
export function expand(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(246), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::expand_as(Tensor(a) self, Tensor other) -> Tensor(a)
 */
export function expandAs(self: Tensor, other: Tensor): Tensor;
export function expandAs(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(247), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::expand_copy(Tensor self, SymInt[] size, *, bool implicit=False) -> Tensor
 */
export function expandCopy(self: Tensor, size: number[], opts?: { implicit?: boolean }): Tensor;
export function expandCopy(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(248), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::expm1(Tensor self) -> Tensor
 */
export function expm1(self: Tensor): Tensor;
export function expm1(a0?: unknown): any {
  return $t(native.call1(op(249), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::expm1_(Tensor(a!) self) -> Tensor(a!)
 */
export function expm1_(self: Tensor): Tensor;
export function expm1_(a0?: unknown): any {
  native.call1(op(250), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::exponential(Tensor self, float lambd=1., *, Generator? generator=None) -> Tensor
 */
export function exponential(self: Tensor, opts?: { lambd?: number; generator?: null }): Tensor;
export function exponential(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(251), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::exponential_(Tensor(a!) self, float lambd=1., *, Generator? generator=None) -> Tensor(a!)
 */
export function exponential_(self: Tensor, opts?: { lambd?: number; generator?: null }): Tensor;
export function exponential_(a0?: unknown, a1?: unknown): any {
  native.call1(op(252), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::eye(int n, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::eye.m(int n, int m, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function eye(n: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function eye(n: number, m: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function eye(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(253), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::fake_quantize_per_channel_affine(Tensor self, Tensor scale, Tensor zero_point, int axis, int quant_min, int quant_max) -> Tensor
 */
export function fakeQuantizePerChannelAffine(self: Tensor, scale: Tensor, zeroPoint: Tensor, axis: number, quantMin: number, quantMax: number): Tensor;
export function fakeQuantizePerChannelAffine(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown): any {
  return $t(native.call1(op(254), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)));
}

/**
 * aten::fake_quantize_per_channel_affine_cachemask(Tensor self, Tensor scale, Tensor zero_point, int axis, int quant_min, int quant_max) -> (Tensor output, Tensor mask)
 */
export function fakeQuantizePerChannelAffineCachemask(self: Tensor, scale: Tensor, zeroPoint: Tensor, axis: number, quantMin: number, quantMax: number): [Tensor, Tensor];
export function fakeQuantizePerChannelAffineCachemask(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown): any {
  return native.call(op(255), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)) as any;
}

/**
 * aten::fake_quantize_per_tensor_affine(Tensor self, float scale, int zero_point, int quant_min, int quant_max) -> Tensor
 * aten::fake_quantize_per_tensor_affine.tensor_qparams(Tensor self, Tensor scale, Tensor zero_point, int quant_min, int quant_max) -> Tensor
 */
export function fakeQuantizePerTensorAffine(self: Tensor, scale: number, zeroPoint: number, quantMin: number, quantMax: number): Tensor;
export function fakeQuantizePerTensorAffine(self: Tensor, scale: Tensor, zeroPoint: Tensor, quantMin: number, quantMax: number): Tensor;
export function fakeQuantizePerTensorAffine(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(256), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::fake_quantize_per_tensor_affine_cachemask(Tensor self, float scale, int zero_point, int quant_min, int quant_max) -> (Tensor output, Tensor mask)
 */
export function fakeQuantizePerTensorAffineCachemask(self: Tensor, scale: number, zeroPoint: number, quantMin: number, quantMax: number): [Tensor, Tensor];
export function fakeQuantizePerTensorAffineCachemask(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return native.call(op(257), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)) as any;
}

/**
 * aten::feature_alpha_dropout(Tensor input, float p, bool train) -> Tensor
 */
export function featureAlphaDropout(input: Tensor, p: number, train: boolean): Tensor;
export function featureAlphaDropout(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(258), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::feature_alpha_dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)
 */
export function featureAlphaDropout_(self: Tensor, p: number, train: boolean): Tensor;
export function featureAlphaDropout_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(259), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::feature_dropout(Tensor input, float p, bool train) -> Tensor
 */
export function featureDropout(input: Tensor, p: number, train: boolean): Tensor;
export function featureDropout(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(260), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::feature_dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)
 */
export function featureDropout_(self: Tensor, p: number, train: boolean): Tensor;
export function featureDropout_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(261), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::fft_fft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor
 */
export function fftFft(self: Tensor, opts?: { n?: number | null; dim?: number; norm?: string | null }): Tensor;
export function fftFft(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(262), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_fft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor
 */
export function fftFft2(self: Tensor, opts?: { s?: number | number[] | null; dim?: number | number[]; norm?: string | null }): Tensor;
export function fftFft2(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(263), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_fftfreq(int n, float d=1., *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function fftFftfreq(n: number, opts?: { d?: number; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function fftFftfreq(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(264), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_fftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor
 */
export function fftFftn(self: Tensor, opts?: { s?: number | number[] | null; dim?: number | number[] | null; norm?: string | null }): Tensor;
export function fftFftn(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(265), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_fftshift(Tensor self, int[1]? dim=None) -> Tensor
 */
export function fftFftshift(self: Tensor, opts?: { dim?: number | number[] | null }): Tensor;
export function fftFftshift(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(266), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_hfft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor
 */
export function fftHfft(self: Tensor, opts?: { n?: number | null; dim?: number; norm?: string | null }): Tensor;
export function fftHfft(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(267), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_hfft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor
 */
export function fftHfft2(self: Tensor, opts?: { s?: number | number[] | null; dim?: number | number[]; norm?: string | null }): Tensor;
export function fftHfft2(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(268), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_hfftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor
 */
export function fftHfftn(self: Tensor, opts?: { s?: number | number[] | null; dim?: number | number[] | null; norm?: string | null }): Tensor;
export function fftHfftn(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(269), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_ifft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor
 */
export function fftIfft(self: Tensor, opts?: { n?: number | null; dim?: number; norm?: string | null }): Tensor;
export function fftIfft(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(270), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_ifft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor
 */
export function fftIfft2(self: Tensor, opts?: { s?: number | number[] | null; dim?: number | number[]; norm?: string | null }): Tensor;
export function fftIfft2(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(271), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_ifftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor
 */
export function fftIfftn(self: Tensor, opts?: { s?: number | number[] | null; dim?: number | number[] | null; norm?: string | null }): Tensor;
export function fftIfftn(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(272), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_ifftshift(Tensor self, int[1]? dim=None) -> Tensor
 */
export function fftIfftshift(self: Tensor, opts?: { dim?: number | number[] | null }): Tensor;
export function fftIfftshift(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(273), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_ihfft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor
 */
export function fftIhfft(self: Tensor, opts?: { n?: number | null; dim?: number; norm?: string | null }): Tensor;
export function fftIhfft(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(274), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_ihfft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor
 */
export function fftIhfft2(self: Tensor, opts?: { s?: number | number[] | null; dim?: number | number[]; norm?: string | null }): Tensor;
export function fftIhfft2(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(275), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_ihfftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor
 */
export function fftIhfftn(self: Tensor, opts?: { s?: number | number[] | null; dim?: number | number[] | null; norm?: string | null }): Tensor;
export function fftIhfftn(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(276), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_irfft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor
 */
export function fftIrfft(self: Tensor, opts?: { n?: number | null; dim?: number; norm?: string | null }): Tensor;
export function fftIrfft(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(277), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_irfft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor
 */
export function fftIrfft2(self: Tensor, opts?: { s?: number | number[] | null; dim?: number | number[]; norm?: string | null }): Tensor;
export function fftIrfft2(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(278), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_irfftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor
 */
export function fftIrfftn(self: Tensor, opts?: { s?: number | number[] | null; dim?: number | number[] | null; norm?: string | null }): Tensor;
export function fftIrfftn(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(279), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_rfft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor
 */
export function fftRfft(self: Tensor, opts?: { n?: number | null; dim?: number; norm?: string | null }): Tensor;
export function fftRfft(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(280), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_rfft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor
 */
export function fftRfft2(self: Tensor, opts?: { s?: number | number[] | null; dim?: number | number[]; norm?: string | null }): Tensor;
export function fftRfft2(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(281), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_rfftfreq(int n, float d=1., *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function fftRfftfreq(n: number, opts?: { d?: number; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function fftRfftfreq(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(282), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fft_rfftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor
 */
export function fftRfftn(self: Tensor, opts?: { s?: number | number[] | null; dim?: number | number[] | null; norm?: string | null }): Tensor;
export function fftRfftn(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(283), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fill.Scalar(Tensor self, Scalar value) -> Tensor
 * aten::fill.Tensor(Tensor self, Tensor value) -> Tensor
 */
export function fill(self: Tensor, value: Scalar): Tensor;
export function fill(self: Tensor, value: Tensor): Tensor;
export function fill(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(284), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fill_.Scalar(Tensor(a!) self, Scalar value) -> Tensor(a!)
 * aten::fill_.Tensor(Tensor(a!) self, Tensor value) -> Tensor(a!)
 */
export function fill_(self: Tensor, value: Scalar): Tensor;
export function fill_(self: Tensor, value: Tensor): Tensor;
export function fill_(a0?: unknown, a1?: unknown): any {
  native.call1(op(285), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::fill_diagonal_(Tensor(a!) self, Scalar fill_value, bool wrap=False) -> Tensor(a!)
 */
export function fillDiagonal_(self: Tensor, fillValue: Scalar, opts?: { wrap?: boolean }): Tensor;
export function fillDiagonal_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(286), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::fix(Tensor self) -> Tensor
 */
export function fix(self: Tensor): Tensor;
export function fix(a0?: unknown): any {
  return $t(native.call1(op(287), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::fix_(Tensor(a!) self) -> Tensor(a!)
 */
export function fix_(self: Tensor): Tensor;
export function fix_(a0?: unknown): any {
  native.call1(op(288), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::flatten.using_ints(Tensor(a) self, int start_dim=0, int end_dim=-1) -> Tensor(a)
 */
export function flatten(self: Tensor, opts?: { startDim?: number; endDim?: number }): Tensor;
export function flatten(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(289), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::flatten_dense_tensors(Tensor[] tensors) -> Tensor
 */
export function flattenDenseTensors(tensors: Tensor[]): Tensor;
export function flattenDenseTensors(a0?: unknown): any {
  return $t(native.call1(op(290), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::flip(Tensor self, int[] dims) -> Tensor
 */
export function flip(self: Tensor, dims: number[]): Tensor;
export function flip(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(291), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fliplr(Tensor self) -> Tensor
 */
export function fliplr(self: Tensor): Tensor;
export function fliplr(a0?: unknown): any {
  return $t(native.call1(op(292), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::flipud(Tensor self) -> Tensor
 */
export function flipud(self: Tensor): Tensor;
export function flipud(a0?: unknown): any {
  return $t(native.call1(op(293), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::float_power.Scalar(Scalar self, Tensor exponent) -> Tensor
 * aten::float_power.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor
 * aten::float_power.Tensor_Tensor(Tensor self, Tensor exponent) -> Tensor
 */
export function floatPower(self: Scalar, exponent: Tensor): Tensor;
export function floatPower(self: Tensor, exponent: Scalar): Tensor;
export function floatPower(self: Tensor, exponent: Tensor): Tensor;
export function floatPower(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(294), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::float_power_.Scalar(Tensor(a!) self, Scalar exponent) -> Tensor(a!)
 * aten::float_power_.Tensor(Tensor(a!) self, Tensor exponent) -> Tensor(a!)
 */
export function floatPower_(self: Tensor, exponent: Scalar): Tensor;
export function floatPower_(self: Tensor, exponent: Tensor): Tensor;
export function floatPower_(a0?: unknown, a1?: unknown): any {
  native.call1(op(295), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::floor(Tensor self) -> Tensor
 */
export function floor(self: Tensor): Tensor;
export function floor(a0?: unknown): any {
  return $t(native.call1(op(296), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::floor_(Tensor(a!) self) -> Tensor(a!)
 */
export function floor_(self: Tensor): Tensor;
export function floor_(a0?: unknown): any {
  native.call1(op(297), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::floor_divide(Tensor self, Tensor other) -> Tensor
 * aten::floor_divide.Scalar(Tensor self, Scalar other) -> Tensor
 */
export function floorDivide(self: Tensor, other: Tensor): Tensor;
export function floorDivide(self: Tensor, other: Scalar): Tensor;
export function floorDivide(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(298), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::floor_divide_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::floor_divide_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function floorDivide_(self: Tensor, other: Scalar): Tensor;
export function floorDivide_(self: Tensor, other: Tensor): Tensor;
export function floorDivide_(a0?: unknown, a1?: unknown): any {
  native.call1(op(299), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::fmax(Tensor self, Tensor other) -> Tensor
 */
export function fmax(self: Tensor, other: Tensor): Tensor;
export function fmax(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(300), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fmin(Tensor self, Tensor other) -> Tensor
 */
export function fmin(self: Tensor, other: Tensor): Tensor;
export function fmin(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(301), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fmod.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::fmod.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function fmod(self: Tensor, other: Scalar): Tensor;
export function fmod(self: Tensor, other: Tensor): Tensor;
export function fmod(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(302), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::fmod_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::fmod_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function fmod_(self: Tensor, other: Scalar): Tensor;
export function fmod_(self: Tensor, other: Tensor): Tensor;
export function fmod_(a0?: unknown, a1?: unknown): any {
  native.call1(op(303), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::frac(Tensor self) -> Tensor
 */
export function frac(self: Tensor): Tensor;
export function frac(a0?: unknown): any {
  return $t(native.call1(op(304), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::frac_(Tensor(a!) self) -> Tensor(a!)
 */
export function frac_(self: Tensor): Tensor;
export function frac_(a0?: unknown): any {
  native.call1(op(305), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::fractional_max_pool2d(Tensor self, int[2] kernel_size, int[2] output_size, Tensor random_samples) -> (Tensor, Tensor)
 */
export function fractionalMaxPool2d(self: Tensor, kernelSize: number | number[], outputSize: number | number[], randomSamples: Tensor): [Tensor, Tensor];
export function fractionalMaxPool2d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return native.call(op(306), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)) as any;
}

/**
 * aten::fractional_max_pool3d(Tensor self, int[3] kernel_size, int[3] output_size, Tensor random_samples) -> (Tensor, Tensor)
 */
export function fractionalMaxPool3d(self: Tensor, kernelSize: number | number[], outputSize: number | number[], randomSamples: Tensor): [Tensor, Tensor];
export function fractionalMaxPool3d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return native.call(op(307), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)) as any;
}

/**
 * aten::frexp.Tensor(Tensor self) -> (Tensor mantissa, Tensor exponent)
 */
export function frexp(self: Tensor): [Tensor, Tensor];
export function frexp(a0?: unknown): any {
  return native.call(op(308), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::frobenius_norm(Tensor self) -> Tensor
 * aten::frobenius_norm.dim(Tensor self, int[1] dim, bool keepdim=False) -> Tensor
 */
export function frobeniusNorm(self: Tensor): Tensor;
export function frobeniusNorm(self: Tensor, dim: number | number[], opts?: { keepdim?: boolean }): Tensor;
export function frobeniusNorm(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(309), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::from_file(str filename, bool? shared=None, int? size=0, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function fromFile(filename: string, opts?: { shared?: boolean | null; size?: number | null; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function fromFile(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(310), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::full(SymInt[] size, Scalar fill_value, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function full(size: number[], fillValue: Scalar, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function full(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(311), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::full_like(Tensor self, Scalar fill_value, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
 */
export function fullLike(self: Tensor, fillValue: Scalar, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
export function fullLike(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(312), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::fused_moving_avg_obs_fake_quant(Tensor self, Tensor observer_on, Tensor fake_quant_on, Tensor(a!) running_min, Tensor(b!) running_max, Tensor(c!) scale, Tensor(d!) zero_point, float averaging_const, int quant_min, int quant_max, int ch_axis, bool per_row_fake_quant=False, bool symmetric_quant=False) -> Tensor
 */
export function fusedMovingAvgObsFakeQuant(self: Tensor, observerOn: Tensor, fakeQuantOn: Tensor, runningMin: Tensor, runningMax: Tensor, scale: Tensor, zeroPoint: Tensor, averagingConst: number, quantMin: number, quantMax: number, chAxis: number, opts?: { perRowFakeQuant?: boolean; symmetricQuant?: boolean }): Tensor;
export function fusedMovingAvgObsFakeQuant(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown, a9?: unknown, a10?: unknown, a11?: unknown): any {
  return $t(native.call1(op(313), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | $m(a8, 256) | $m(a9, 512) | $m(a10, 1024) | $m(a11, 2048) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7), $h(a8), $h(a9), $h(a10), $h(a11)));
}

/**
 * aten::gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor
 * aten::gather.dimname(Tensor self, str dim, Tensor index, *, bool sparse_grad=False) -> Tensor
 */
export function gather(self: Tensor, dim: number, index: Tensor, opts?: { sparseGrad?: boolean }): Tensor;
export function gather(self: Tensor, dim: string, index: Tensor, opts?: { sparseGrad?: boolean }): Tensor;
export function gather(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(314), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::gcd(Tensor self, Tensor other) -> Tensor
 */
export function gcd(self: Tensor, other: Tensor): Tensor;
export function gcd(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(315), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::gcd_(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function gcd_(self: Tensor, other: Tensor): Tensor;
export function gcd_(a0?: unknown, a1?: unknown): any {
  native.call1(op(316), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::ge.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::ge.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function ge(self: Tensor, other: Scalar): Tensor;
export function ge(self: Tensor, other: Tensor): Tensor;
export function ge(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(317), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::ge_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::ge_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function ge_(self: Tensor, other: Scalar): Tensor;
export function ge_(self: Tensor, other: Tensor): Tensor;
export function ge_(a0?: unknown, a1?: unknown): any {
  native.call1(op(318), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::gelu(Tensor self, *, str approximate="none") -> Tensor
 */
export function gelu(self: Tensor, opts?: { approximate?: string }): Tensor;
export function gelu(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(319), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::gelu_(Tensor(a!) self, *, str approximate="none") -> Tensor(a!)
 */
export function gelu_(self: Tensor, opts?: { approximate?: string }): Tensor;
export function gelu_(a0?: unknown, a1?: unknown): any {
  native.call1(op(320), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::geometric(Tensor self, float p, *, Generator? generator=None) -> Tensor
 */
export function geometric(self: Tensor, p: number, opts?: { generator?: null }): Tensor;
export function geometric(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(321), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::geometric_(Tensor(a!) self, float p, *, Generator? generator=None) -> Tensor(a!)
 */
export function geometric_(self: Tensor, p: number, opts?: { generator?: null }): Tensor;
export function geometric_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(322), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::geqrf(Tensor self) -> (Tensor a, Tensor tau)
 */
export function geqrf(self: Tensor): [Tensor, Tensor];
export function geqrf(a0?: unknown): any {
  return native.call(op(323), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::ger(Tensor self, Tensor vec2) -> Tensor
 */
export function ger(self: Tensor, vec2: Tensor): Tensor;
export function ger(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(324), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::get_gradients(int context_id) -> Dict(Tensor, Tensor)
 */
export function getGradients(contextId: number): unknown;
export function getGradients(a0?: unknown): any {
  return native.call(op(325), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::glu(Tensor self, int dim=-1) -> Tensor
 */
export function glu(self: Tensor, opts?: { dim?: number }): Tensor;
export function glu(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(326), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::glu_jvp(Tensor glu, Tensor x, Tensor dx, int dim) -> Tensor
 */
export function gluJvp(glu: Tensor, x: Tensor, dx: Tensor, dim: number): Tensor;
export function gluJvp(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(327), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::gradient.array(Tensor self, *, int[] dim, int edge_order=1) -> Tensor[]
 * aten::gradient.scalararray(Tensor self, *, Scalar spacing, int[] dim, int edge_order=1) -> Tensor[]
 * aten::gradient.scalarint(Tensor self, *, Scalar? spacing=None, int? dim=None, int edge_order=1) -> Tensor[]
 * aten::gradient.tensorarray(Tensor self, *, Tensor[] spacing, int[] dim, int edge_order=1) -> Tensor[]
 * aten::gradient.tensorarrayint(Tensor self, *, Tensor[] spacing, int? dim=None, int edge_order=1) -> Tensor[]
 */
export function gradient(self: Tensor, dim: number[], opts?: { edgeOrder?: number }): Tensor[];
export function gradient(self: Tensor, spacing: Scalar, dim: number[], opts?: { edgeOrder?: number }): Tensor[];
export function gradient(self: Tensor, opts?: { spacing?: Scalar | null; dim?: number | null; edgeOrder?: number }): Tensor[];
export function gradient(self: Tensor, spacing: Tensor[], dim: number[], opts?: { edgeOrder?: number }): Tensor[];
export function gradient(self: Tensor, spacing: Tensor[], opts?: { dim?: number | null; edgeOrder?: number }): Tensor[];
export function gradient(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return native.call(op(328), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)) as any;
}

/**
 * aten::greater.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::greater.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function greater(self: Tensor, other: Scalar): Tensor;
export function greater(self: Tensor, other: Tensor): Tensor;
export function greater(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(329), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::greater_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::greater_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function greater_(self: Tensor, other: Scalar): Tensor;
export function greater_(self: Tensor, other: Tensor): Tensor;
export function greater_(a0?: unknown, a1?: unknown): any {
  native.call1(op(330), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::greater_equal.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::greater_equal.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function greaterEqual(self: Tensor, other: Scalar): Tensor;
export function greaterEqual(self: Tensor, other: Tensor): Tensor;
export function greaterEqual(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(331), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::greater_equal_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::greater_equal_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function greaterEqual_(self: Tensor, other: Scalar): Tensor;
export function greaterEqual_(self: Tensor, other: Tensor): Tensor;
export function greaterEqual_(a0?: unknown, a1?: unknown): any {
  native.call1(op(332), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::grid_sampler(Tensor input, Tensor grid, int interpolation_mode, int padding_mode, bool align_corners) -> Tensor
 */
export function gridSampler(input: Tensor, grid: Tensor, interpolationMode: number, paddingMode: number, alignCorners: boolean): Tensor;
export function gridSampler(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(333), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::grid_sampler_2d(Tensor input, Tensor grid, int interpolation_mode, int padding_mode, bool align_corners) -> Tensor
 */
export function gridSampler2d(input: Tensor, grid: Tensor, interpolationMode: number, paddingMode: number, alignCorners: boolean): Tensor;
export function gridSampler2d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(334), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::grid_sampler_3d(Tensor input, Tensor grid, int interpolation_mode, int padding_mode, bool align_corners) -> Tensor
 */
export function gridSampler3d(input: Tensor, grid: Tensor, interpolationMode: number, paddingMode: number, alignCorners: boolean): Tensor;
export function gridSampler3d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(335), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::group_norm(Tensor input, int num_groups, Tensor? weight=None, Tensor? bias=None, float eps=1.0000000000000001e-05, bool cudnn_enabled=True) -> Tensor
 */
export function groupNorm(input: Tensor, numGroups: number, opts?: { weight?: Tensor | null; bias?: Tensor | null; eps?: number; cudnnEnabled?: boolean }): Tensor;
export function groupNorm(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(336), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::gru.data(Tensor data, Tensor batch_sizes, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional) -> (Tensor, Tensor)
 * aten::gru.input(Tensor input, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first) -> (Tensor, Tensor)
 */
export function gru(data: Tensor, batchSizes: Tensor, hx: Tensor, params: Tensor[], hasBiases: boolean, numLayers: number, dropout: number, train: boolean, bidirectional: boolean): [Tensor, Tensor];
export function gru(input: Tensor, hx: Tensor, params: Tensor[], hasBiases: boolean, numLayers: number, dropout: number, train: boolean, bidirectional: boolean, batchFirst: boolean): [Tensor, Tensor];
export function gru(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown): any {
  return native.call(op(337), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | $m(a8, 256) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7), $h(a8)) as any;
}

/**
 * aten::gru_cell(Tensor input, Tensor hx, Tensor w_ih, Tensor w_hh, Tensor? b_ih=None, Tensor? b_hh=None) -> Tensor
 */
export function gruCell(input: Tensor, hx: Tensor, wIh: Tensor, wHh: Tensor, opts?: { bIh?: Tensor | null; bHh?: Tensor | null }): Tensor;
export function gruCell(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(338), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::gt.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::gt.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function gt(self: Tensor, other: Scalar): Tensor;
export function gt(self: Tensor, other: Tensor): Tensor;
export function gt(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(339), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::gt_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::gt_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function gt_(self: Tensor, other: Scalar): Tensor;
export function gt_(self: Tensor, other: Tensor): Tensor;
export function gt_(a0?: unknown, a1?: unknown): any {
  native.call1(op(340), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::hamming_window(int window_length, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::hamming_window.periodic(int window_length, bool periodic, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::hamming_window.periodic_alpha(int window_length, bool periodic, float alpha, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::hamming_window.periodic_alpha_beta(int window_length, bool periodic, float alpha, float beta, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function hammingWindow(windowLength: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function hammingWindow(windowLength: number, periodic: boolean, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function hammingWindow(windowLength: number, periodic: boolean, alpha: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function hammingWindow(windowLength: number, periodic: boolean, alpha: number, beta: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function hammingWindow(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(341), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::hann_window(int window_length, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::hann_window.periodic(int window_length, bool periodic, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function hannWindow(windowLength: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function hannWindow(windowLength: number, periodic: boolean, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function hannWindow(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(342), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::hardshrink(Tensor self, Scalar lambd=0.5) -> Tensor
 */
export function hardshrink(self: Tensor, opts?: { lambd?: Scalar }): Tensor;
export function hardshrink(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(343), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::hardsigmoid(Tensor self) -> Tensor
 */
export function hardsigmoid(self: Tensor): Tensor;
export function hardsigmoid(a0?: unknown): any {
  return $t(native.call1(op(344), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::hardsigmoid_(Tensor(a!) self) -> Tensor(a!)
 */
export function hardsigmoid_(self: Tensor): Tensor;
export function hardsigmoid_(a0?: unknown): any {
  native.call1(op(345), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::hardswish(Tensor self) -> Tensor
 */
export function hardswish(self: Tensor): Tensor;
export function hardswish(a0?: unknown): any {
  return $t(native.call1(op(346), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::hardswish_(Tensor(a!) self) -> Tensor(a!)
 */
export function hardswish_(self: Tensor): Tensor;
export function hardswish_(a0?: unknown): any {
  native.call1(op(347), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor
 */
export function hardtanh(self: Tensor, opts?: { minVal?: Scalar; maxVal?: Scalar }): Tensor;
export function hardtanh(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(348), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::hardtanh_(Tensor(a!) self, Scalar min_val=-1, Scalar max_val=1) -> Tensor(a!)
 */
export function hardtanh_(self: Tensor, opts?: { minVal?: Scalar; maxVal?: Scalar }): Tensor;
export function hardtanh_(a0?: unknown, a1?: unknown): any {
  native.call1(op(349), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::heaviside(Tensor self, Tensor values) -> Tensor
 */
export function heaviside(self: Tensor, values: Tensor): Tensor;
export function heaviside(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(350), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::heaviside_(Tensor(a!) self, Tensor values) -> Tensor(a!)
 */
export function heaviside_(self: Tensor, values: Tensor): Tensor;
export function heaviside_(a0?: unknown, a1?: unknown): any {
  native.call1(op(351), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::hinge_embedding_loss(Tensor self, Tensor target, float margin=1., int reduction=1) -> Tensor
 */
export function hingeEmbeddingLoss(self: Tensor, target: Tensor, opts?: { margin?: number; reduction?: number }): Tensor;
export function hingeEmbeddingLoss(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(352), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::histc(Tensor self, int bins=100, Scalar min=0, Scalar max=0) -> Tensor
 */
export function histc(self: Tensor, opts?: { bins?: number; min?: Scalar; max?: Scalar }): Tensor;
export function histc(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(353), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::histogram.bin_ct(Tensor self, int bins=100, *, float[]? range=None, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor bin_edges)
 * aten::histogram.bins_tensor(Tensor self, Tensor bins, *, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor bin_edges)
 */
export function histogram(self: Tensor, opts?: { bins?: number; range?: number[] | null; weight?: Tensor | null; density?: boolean }): [Tensor, Tensor];
export function histogram(self: Tensor, bins: Tensor, opts?: { weight?: Tensor | null; density?: boolean }): [Tensor, Tensor];
export function histogram(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(354), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::histogramdd(Tensor self, int[] bins, float[]? range=None, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor[] bin_edges)
 * aten::histogramdd.TensorList_bins(Tensor self, Tensor[] bins, float[]? range=None, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor[] bin_edges)
 * aten::histogramdd.int_bins(Tensor self, int bins, float[]? range=None, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor[] bin_edges)
 */
export function histogramdd(self: Tensor, bins: number[], opts?: { range?: number[] | null; weight?: Tensor | null; density?: boolean }): [Tensor, Tensor[]];
export function histogramdd(self: Tensor, bins: Tensor[], opts?: { range?: number[] | null; weight?: Tensor | null; density?: boolean }): [Tensor, Tensor[]];
export function histogramdd(self: Tensor, bins: number, opts?: { range?: number[] | null; weight?: Tensor | null; density?: boolean }): [Tensor, Tensor[]];
export function histogramdd(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(355), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::hsplit.array(Tensor(a -> *) self, int[] indices) -> Tensor(a)[]
 * aten::hsplit.int(Tensor(a -> *) self, int sections) -> Tensor(a)[]
 */
export function hsplit(self: Tensor, indices: number[]): Tensor[];
export function hsplit(self: Tensor, sections: number): Tensor[];
export function hsplit(a0?: unknown, a1?: unknown): any {
  return native.call(op(356), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::hspmm(Tensor mat1, Tensor mat2) -> Tensor
 */
export function hspmm(mat1: Tensor, mat2: Tensor): Tensor;
export function hspmm(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(357), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::hstack(Tensor[] tensors) -> Tensor
 */
export function hstack(tensors: Tensor[]): Tensor;
export function hstack(a0?: unknown): any {
  return $t(native.call1(op(358), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::huber_loss(Tensor self, Tensor target, int reduction=1, float delta=1.) -> Tensor
 */
export function huberLoss(self: Tensor, target: Tensor, opts?: { reduction?: number; delta?: number }): Tensor;
export function huberLoss(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(359), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::hypot(Tensor self, Tensor other) -> Tensor
 */
export function hypot(self: Tensor, other: Tensor): Tensor;
export function hypot(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(360), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::hypot_(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function hypot_(self: Tensor, other: Tensor): Tensor;
export function hypot_(a0?: unknown, a1?: unknown): any {
  native.call1(op(361), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::i0(Tensor self) -> Tensor
 */
export function i0(self: Tensor): Tensor;
export function i0(a0?: unknown): any {
  return $t(native.call1(op(362), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::i0_(Tensor(a!) self) -> Tensor(a!)
 */
export function i0_(self: Tensor): Tensor;
export function i0_(a0?: unknown): any {
  native.call1(op(363), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::igamma(Tensor self, Tensor other) -> Tensor
 */
export function igamma(self: Tensor, other: Tensor): Tensor;
export function igamma(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(364), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::igamma_(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function igamma_(self: Tensor, other: Tensor): Tensor;
export function igamma_(a0?: unknown, a1?: unknown): any {
  native.call1(op(365), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::igammac(Tensor self, Tensor other) -> Tensor
 */
export function igammac(self: Tensor, other: Tensor): Tensor;
export function igammac(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(366), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::igammac_(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function igammac_(self: Tensor, other: Tensor): Tensor;
export function igammac_(a0?: unknown, a1?: unknown): any {
  native.call1(op(367), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::im2col(Tensor self, int[2] kernel_size, int[2] dilation, int[2] padding, int[2] stride) -> Tensor
 */
export function im2col(self: Tensor, kernelSize: number | number[], dilation: number | number[], padding: number | number[], stride: number | number[]): Tensor;
export function im2col(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(368), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::imag(Tensor(a) self) -> Tensor(a)
 */
export function imag(self: Tensor): Tensor;
export function imag(a0?: unknown): any {
  return $t(native.call1(op(369), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::index.Tensor(Tensor self, Tensor?[] indices) -> Tensor
 */
export function index(self: Tensor, indices: (Tensor | null)[]): Tensor;
export function index(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(370), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::index_add(Tensor self, int dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor
 * aten::index_add.dimname(Tensor self, str dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor
 */
export function indexAdd(self: Tensor, dim: number, index: Tensor, source: Tensor, opts?: { alpha?: Scalar }): Tensor;
export function indexAdd(self: Tensor, dim: string, index: Tensor, source: Tensor, opts?: { alpha?: Scalar }): Tensor;
export function indexAdd(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(371), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::index_add_(Tensor(a!) self, int dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor(a!)
 */
export function indexAdd_(self: Tensor, dim: number, index: Tensor, source: Tensor, opts?: { alpha?: Scalar }): Tensor;
export function indexAdd_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  native.call1(op(372), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)); return a0 as Tensor;
}

/**
 * aten::index_copy(Tensor self, int dim, Tensor index, Tensor source) -> Tensor
 * aten::index_copy.dimname(Tensor self, str dim, Tensor index, Tensor source) -> Tensor
 */
export function indexCopy(self: Tensor, dim: number, index: Tensor, source: Tensor): Tensor;
export function indexCopy(self: Tensor, dim: string, index: Tensor, source: Tensor): Tensor;
export function indexCopy(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(373), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::index_copy_(Tensor(a!) self, int dim, Tensor index, Tensor source) -> Tensor(a!)
 * aten::index_copy_.dimname(Tensor(a!) self, str dim, Tensor index, Tensor source) -> Tensor(a!)
 */
export function indexCopy_(self: Tensor, dim: number, index: Tensor, source: Tensor): Tensor;
export function indexCopy_(self: Tensor, dim: string, index: Tensor, source: Tensor): Tensor;
export function indexCopy_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(374), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::index_fill.int_Scalar(Tensor self, int dim, Tensor index, Scalar value) -> Tensor
 * aten::index_fill.int_Tensor(Tensor self, int dim, Tensor index, Tensor value) -> Tensor
 */
export function indexFill(self: Tensor, dim: number, index: Tensor, value: Scalar): Tensor;
export function indexFill(self: Tensor, dim: number, index: Tensor, value: Tensor): Tensor;
export function indexFill(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(375), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::index_fill_.int_Scalar(Tensor(a!) self, int dim, Tensor index, Scalar value) -> Tensor(a!)
 * aten::index_fill_.int_Tensor(Tensor(a!) self, int dim, Tensor index, Tensor value) -> Tensor(a!)
 */
export function indexFill_(self: Tensor, dim: number, index: Tensor, value: Scalar): Tensor;
export function indexFill_(self: Tensor, dim: number, index: Tensor, value: Tensor): Tensor;
export function indexFill_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(376), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::index_put(Tensor self, Tensor?[] indices, Tensor values, bool accumulate=False) -> Tensor
 */
export function indexPut(self: Tensor, indices: (Tensor | null)[], values: Tensor, opts?: { accumulate?: boolean }): Tensor;
export function indexPut(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(377), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::index_put_(Tensor(a!) self, Tensor?[] indices, Tensor values, bool accumulate=False) -> Tensor(a!)
 */
export function indexPut_(self: Tensor, indices: (Tensor | null)[], values: Tensor, opts?: { accumulate?: boolean }): Tensor;
export function indexPut_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(378), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::index_reduce(Tensor self, int dim, Tensor index, Tensor source, str reduce, *, bool include_self=True) -> Tensor
 */
export function indexReduce(self: Tensor, dim: number, index: Tensor, source: Tensor, reduce: string, opts?: { includeSelf?: boolean }): Tensor;
export function indexReduce(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown): any {
  return $t(native.call1(op(379), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)));
}

/**
 * aten::index_reduce_(Tensor(a!) self, int dim, Tensor index, Tensor source, str reduce, *, bool include_self=True) -> Tensor(a!)
 */
export function indexReduce_(self: Tensor, dim: number, index: Tensor, source: Tensor, reduce: string, opts?: { includeSelf?: boolean }): Tensor;
export function indexReduce_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown): any {
  native.call1(op(380), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)); return a0 as Tensor;
}

/**
 * aten::index_select(Tensor self, int dim, Tensor index) -> Tensor
 * aten::index_select.dimname(Tensor self, str dim, Tensor index) -> Tensor
 */
export function indexSelect(self: Tensor, dim: number, index: Tensor): Tensor;
export function indexSelect(self: Tensor, dim: string, index: Tensor): Tensor;
export function indexSelect(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(381), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::indices(Tensor(a) self) -> Tensor(a)
 */
export function indices(self: Tensor): Tensor;
export function indices(a0?: unknown): any {
  return $t(native.call1(op(382), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::indices_copy(Tensor self) -> Tensor
 */
export function indicesCopy(self: Tensor): Tensor;
export function indicesCopy(a0?: unknown): any {
  return $t(native.call1(op(383), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::inner(Tensor self, Tensor other) -> Tensor
 */
export function inner(self: Tensor, other: Tensor): Tensor;
export function inner(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(384), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::instance_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool use_input_stats, float momentum, float eps, bool cudnn_enabled) -> Tensor
 */
export function instanceNorm(input: Tensor, weight: Tensor | null, bias: Tensor | null, runningMean: Tensor | null, runningVar: Tensor | null, useInputStats: boolean, momentum: number, eps: number, cudnnEnabled: boolean): Tensor;
export function instanceNorm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown): any {
  return $t(native.call1(op(385), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | $m(a8, 256) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7), $h(a8)));
}

/**
 * aten::int_repr(Tensor self) -> Tensor
 */
export function intRepr(self: Tensor): Tensor;
export function intRepr(a0?: unknown): any {
  return $t(native.call1(op(386), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::inverse(Tensor self) -> Tensor
 */
export function inverse(self: Tensor): Tensor;
export function inverse(a0?: unknown): any {
  return $t(native.call1(op(387), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::is_coalesced(Tensor self) -> bool
 */
export function isCoalesced(self: Tensor): boolean;
export function isCoalesced(a0?: unknown): any {
  return native.call(op(388), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::is_complex(Tensor self) -> bool
 */
export function isComplex(self: Tensor): boolean;
export function isComplex(a0?: unknown): any {
  return native.call(op(389), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::is_conj(Tensor self) -> bool
 */
export function isConj(self: Tensor): boolean;
export function isConj(a0?: unknown): any {
  return native.call(op(390), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::is_distributed(Tensor self) -> bool
 */
export function isDistributed(self: Tensor): boolean;
export function isDistributed(a0?: unknown): any {
  return native.call(op(391), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::is_floating_point(Tensor self) -> bool
 */
export function isFloatingPoint(self: Tensor): boolean;
export function isFloatingPoint(a0?: unknown): any {
  return native.call(op(392), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::is_inference(Tensor self) -> bool
 */
export function isInference(self: Tensor): boolean;
export function isInference(a0?: unknown): any {
  return native.call(op(393), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::is_leaf(Tensor self) -> bool
 */
export function isLeaf(self: Tensor): boolean;
export function isLeaf(a0?: unknown): any {
  return native.call(op(394), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::is_neg(Tensor self) -> bool
 */
export function isNeg(self: Tensor): boolean;
export function isNeg(a0?: unknown): any {
  return native.call(op(395), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::is_nonzero(Tensor self) -> bool
 */
export function isNonzero(self: Tensor): boolean;
export function isNonzero(a0?: unknown): any {
  return native.call(op(396), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::is_pinned(Tensor self, Device? device=None) -> bool
 */
export function isPinned(self: Tensor, opts?: { device?: string | null }): boolean;
export function isPinned(a0?: unknown, a1?: unknown): any {
  return native.call(op(397), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::is_same_size(Tensor self, Tensor other) -> bool
 */
export function isSameSize(self: Tensor, other: Tensor): boolean;
export function isSameSize(a0?: unknown, a1?: unknown): any {
  return native.call(op(398), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::is_set_to(Tensor self, Tensor tensor) -> bool
 */
export function isSetTo(self: Tensor, tensor: Tensor): boolean;
export function isSetTo(a0?: unknown, a1?: unknown): any {
  return native.call(op(399), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::is_signed(Tensor self) -> bool
 */
export function isSigned(self: Tensor): boolean;
export function isSigned(a0?: unknown): any {
  return native.call(op(400), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::is_vulkan_available() -> bool
 */
export function isVulkanAvailable(): boolean;
export function isVulkanAvailable(): any {
  return native.call(op(401), (arguments.length << 24)) as any;
}

/**
 * aten::isclose(Tensor self, Tensor other, float rtol=1.0000000000000001e-05, float atol=1e-08, bool equal_nan=False) -> Tensor
 */
export function isclose(self: Tensor, other: Tensor, opts?: { rtol?: number; atol?: number; equalNan?: boolean }): Tensor;
export function isclose(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(402), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::isfinite(Tensor self) -> Tensor
 */
export function isfinite(self: Tensor): Tensor;
export function isfinite(a0?: unknown): any {
  return $t(native.call1(op(403), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::isin.Scalar_Tensor(Scalar element, Tensor test_elements, *, bool assume_unique=False, bool invert=False) -> Tensor
 * aten::isin.Tensor_Scalar(Tensor elements, Scalar test_element, *, bool assume_unique=False, bool invert=False) -> Tensor
 * aten::isin.Tensor_Tensor(Tensor elements, Tensor test_elements, *, bool assume_unique=False, bool invert=False) -> Tensor
 */
export function isin(element: Scalar, testElements: Tensor, opts?: { assumeUnique?: boolean; invert?: boolean }): Tensor;
export function isin(elements: Tensor, testElement: Scalar, opts?: { assumeUnique?: boolean; invert?: boolean }): Tensor;
export function isin(elements: Tensor, testElements: Tensor, opts?: { assumeUnique?: boolean; invert?: boolean }): Tensor;
export function isin(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(404), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::isinf(Tensor self) -> Tensor
 */
export function isinf(self: Tensor): Tensor;
export function isinf(a0?: unknown): any {
  return $t(native.call1(op(405), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::isnan(Tensor self) -> Tensor
 */
export function isnan(self: Tensor): Tensor;
export function isnan(a0?: unknown): any {
  return $t(native.call1(op(406), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::isneginf(Tensor self) -> Tensor
 */
export function isneginf(self: Tensor): Tensor;
export function isneginf(a0?: unknown): any {
  return $t(native.call1(op(407), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::isposinf(Tensor self) -> Tensor
 */
export function isposinf(self: Tensor): Tensor;
export function isposinf(a0?: unknown): any {
  return $t(native.call1(op(408), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::isreal(Tensor self) -> Tensor
 */
export function isreal(self: Tensor): Tensor;
export function isreal(a0?: unknown): any {
  return $t(native.call1(op(409), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::istft(Tensor self, int n_fft, int? hop_length=None, int? win_length=None, Tensor? window=None, bool center=True, bool normalized=False, bool? onesided=None, int? length=None, bool return_complex=False) -> Tensor
 */
export function istft(self: Tensor, nFft: number, opts?: { hopLength?: number | null; winLength?: number | null; window?: Tensor | null; center?: boolean; normalized?: boolean; onesided?: boolean | null; length?: number | null; returnComplex?: boolean }): Tensor;
export function istft(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(410), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::item(Tensor self) -> Scalar
 */
export function item(self: Tensor): number;
export function item(a0?: unknown): any {
  return native.call(op(411), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::kaiser_window(int window_length, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::kaiser_window.beta(int window_length, bool periodic, float beta, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::kaiser_window.periodic(int window_length, bool periodic, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function kaiserWindow(windowLength: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function kaiserWindow(windowLength: number, periodic: boolean, beta: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function kaiserWindow(windowLength: number, periodic: boolean, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function kaiserWindow(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(412), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::kl_div(Tensor self, Tensor target, int reduction=1, *, bool log_target=False) -> Tensor
 */
export function klDiv(self: Tensor, target: Tensor, opts?: { reduction?: number; logTarget?: boolean }): Tensor;
export function klDiv(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(413), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::kron(Tensor self, Tensor other) -> Tensor
 */
export function kron(self: Tensor, other: Tensor): Tensor;
export function kron(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(414), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::kthvalue(Tensor self, int k, int dim=-1, bool keepdim=False) -> (Tensor values, Tensor indices)
 * aten::kthvalue.dimname(Tensor self, int k, str dim, bool keepdim=False) -> (Tensor values, Tensor indices)
 */
export function kthvalue(self: Tensor, k: number, opts?: { dim?: number; keepdim?: boolean }): [Tensor, Tensor];
export function kthvalue(self: Tensor, k: number, dim: string, opts?: { keepdim?: boolean }): [Tensor, Tensor];
export function kthvalue(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return native.call(op(415), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)) as any;
}

/**
 * aten::l1_loss(Tensor self, Tensor target, int reduction=1) -> Tensor
 */
export function l1Loss(self: Tensor, target: Tensor, opts?: { reduction?: number }): Tensor;
export function l1Loss(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(416), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::layer_norm(Tensor input, int[] normalized_shape, Tensor? weight=None, Tensor? bias=None, float eps=1.0000000000000001e-05, bool cudnn_enable=True) -> Tensor
 */
export function layerNorm(input: Tensor, normalizedShape: number[], opts?: { weight?: Tensor | null; bias?: Tensor | null; eps?: number; cudnnEnable?: boolean }): Tensor;
export function layerNorm(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(417), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::lcm(Tensor self, Tensor other) -> Tensor
 */
export function lcm(self: Tensor, other: Tensor): Tensor;
export function lcm(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(418), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::lcm_(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function lcm_(self: Tensor, other: Tensor): Tensor;
export function lcm_(a0?: unknown, a1?: unknown): any {
  native.call1(op(419), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::ldexp.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function ldexp(self: Tensor, other: Tensor): Tensor;
export function ldexp(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(420), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::ldexp_(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function ldexp_(self: Tensor, other: Tensor): Tensor;
export function ldexp_(a0?: unknown, a1?: unknown): any {
  native.call1(op(421), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::le.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::le.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function le(self: Tensor, other: Scalar): Tensor;
export function le(self: Tensor, other: Tensor): Tensor;
export function le(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(422), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::le_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::le_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function le_(self: Tensor, other: Scalar): Tensor;
export function le_(self: Tensor, other: Tensor): Tensor;
export function le_(a0?: unknown, a1?: unknown): any {
  native.call1(op(423), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor
 */
export function leakyRelu(self: Tensor, opts?: { negativeSlope?: Scalar }): Tensor;
export function leakyRelu(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(424), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::leaky_relu_(Tensor(a!) self, Scalar negative_slope=0.01) -> Tensor(a!)
 */
export function leakyRelu_(self: Tensor, opts?: { negativeSlope?: Scalar }): Tensor;
export function leakyRelu_(a0?: unknown, a1?: unknown): any {
  native.call1(op(425), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::lerp.Scalar(Tensor self, Tensor end, Scalar weight) -> Tensor
 * aten::lerp.Tensor(Tensor self, Tensor end, Tensor weight) -> Tensor
 */
export function lerp(self: Tensor, end: Tensor, weight: Scalar): Tensor;
export function lerp(self: Tensor, end: Tensor, weight: Tensor): Tensor;
export function lerp(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(426), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::lerp_.Scalar(Tensor(a!) self, Tensor end, Scalar weight) -> Tensor(a!)
 * aten::lerp_.Tensor(Tensor(a!) self, Tensor end, Tensor weight) -> Tensor(a!)
 */
export function lerp_(self: Tensor, end: Tensor, weight: Scalar): Tensor;
export function lerp_(self: Tensor, end: Tensor, weight: Tensor): Tensor;
export function lerp_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(427), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::less.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::less.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function less(self: Tensor, other: Scalar): Tensor;
export function less(self: Tensor, other: Tensor): Tensor;
export function less(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(428), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::less_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::less_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function less_(self: Tensor, other: Scalar): Tensor;
export function less_(self: Tensor, other: Tensor): Tensor;
export function less_(a0?: unknown, a1?: unknown): any {
  native.call1(op(429), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::less_equal.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::less_equal.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function lessEqual(self: Tensor, other: Scalar): Tensor;
export function lessEqual(self: Tensor, other: Tensor): Tensor;
export function lessEqual(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(430), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::less_equal_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::less_equal_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function lessEqual_(self: Tensor, other: Scalar): Tensor;
export function lessEqual_(self: Tensor, other: Tensor): Tensor;
export function lessEqual_(a0?: unknown, a1?: unknown): any {
  native.call1(op(431), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::lgamma(Tensor self) -> Tensor
 */
export function lgamma(self: Tensor): Tensor;
export function lgamma(a0?: unknown): any {
  return $t(native.call1(op(432), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::lgamma_(Tensor(a!) self) -> Tensor(a!)
 */
export function lgamma_(self: Tensor): Tensor;
export function lgamma_(a0?: unknown): any {
  native.call1(op(433), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::lift(Tensor self) -> Tensor
 */
export function lift(self: Tensor): Tensor;
export function lift(a0?: unknown): any {
  return $t(native.call1(op(434), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::lift_fresh(Tensor(a) self) -> Tensor(a)
 */
export function liftFresh(self: Tensor): Tensor;
export function liftFresh(a0?: unknown): any {
  return $t(native.call1(op(435), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::lift_fresh_copy(Tensor self) -> Tensor
 */
export function liftFreshCopy(self: Tensor): Tensor;
export function liftFreshCopy(a0?: unknown): any {
  return $t(native.call1(op(436), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::linalg_cholesky(Tensor self, *, bool upper=False) -> Tensor
 */
export function linalgCholesky(self: Tensor, opts?: { upper?: boolean }): Tensor;
export function linalgCholesky(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(437), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::linalg_cholesky_ex(Tensor self, *, bool upper=False, bool check_errors=False) -> (Tensor L, Tensor info)
 */
export function linalgCholeskyEx(self: Tensor, opts?: { upper?: boolean; checkErrors?: boolean }): [Tensor, Tensor];
export function linalgCholeskyEx(a0?: unknown, a1?: unknown): any {
  return native.call(op(438), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::linalg_cond(Tensor self, Scalar? p=None) -> Tensor
 * aten::linalg_cond.p_str(Tensor self, str p) -> Tensor
 */
export function linalgCond(self: Tensor, opts?: { p?: Scalar | null }): Tensor;
export function linalgCond(self: Tensor, p: string): Tensor;
export function linalgCond(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(439), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::linalg_cross(Tensor self, Tensor other, *, int dim=-1) -> Tensor
 */
export function linalgCross(self: Tensor, other: Tensor, opts?: { dim?: number }): Tensor;
export function linalgCross(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(440), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::linalg_det(Tensor A) -> Tensor
 */
export function linalgDet(A: Tensor): Tensor;
export function linalgDet(a0?: unknown): any {
  return $t(native.call1(op(441), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::linalg_diagonal(Tensor(a) A, *, int offset=0, int dim1=-2, int dim2=-1) -> Tensor(a)
 */
export function linalgDiagonal(A: Tensor, opts?: { offset?: number; dim1?: number; dim2?: number }): Tensor;
export function linalgDiagonal(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(442), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::linalg_eig(Tensor self) -> (Tensor eigenvalues, Tensor eigenvectors)
 */
export function linalgEig(self: Tensor): [Tensor, Tensor];
export function linalgEig(a0?: unknown): any {
  return native.call(op(443), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::linalg_eigh(Tensor self, str UPLO="L") -> (Tensor eigenvalues, Tensor eigenvectors)
 */
export function linalgEigh(self: Tensor, opts?: { UPLO?: string }): [Tensor, Tensor];
export function linalgEigh(a0?: unknown, a1?: unknown): any {
  return native.call(op(444), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::linalg_eigvals(Tensor self) -> Tensor
 */
export function linalgEigvals(self: Tensor): Tensor;
export function linalgEigvals(a0?: unknown): any {
  return $t(native.call1(op(445), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::linalg_eigvalsh(Tensor self, str UPLO="L") -> Tensor
 */
export function linalgEigvalsh(self: Tensor, opts?: { UPLO?: string }): Tensor;
export function linalgEigvalsh(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(446), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::linalg_householder_product(Tensor input, Tensor tau) -> Tensor
 */
export function linalgHouseholderProduct(input: Tensor, tau: Tensor): Tensor;
export function linalgHouseholderProduct(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(447), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::linalg_inv(Tensor A) -> Tensor
 */
export function linalgInv(A: Tensor): Tensor;
export function linalgInv(a0?: unknown): any {
  return $t(native.call1(op(448), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::linalg_inv_ex(Tensor A, *, bool check_errors=False) -> (Tensor inverse, Tensor info)
 */
export function linalgInvEx(A: Tensor, opts?: { checkErrors?: boolean }): [Tensor, Tensor];
export function linalgInvEx(a0?: unknown, a1?: unknown): any {
  return native.call(op(449), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::linalg_ldl_factor(Tensor self, *, bool hermitian=False) -> (Tensor LD, Tensor pivots)
 */
export function linalgLdlFactor(self: Tensor, opts?: { hermitian?: boolean }): [Tensor, Tensor];
export function linalgLdlFactor(a0?: unknown, a1?: unknown): any {
  return native.call(op(450), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::linalg_ldl_factor_ex(Tensor self, *, bool hermitian=False, bool check_errors=False) -> (Tensor LD, Tensor pivots, Tensor info)
 */
export function linalgLdlFactorEx(self: Tensor, opts?: { hermitian?: boolean; checkErrors?: boolean }): [Tensor, Tensor, Tensor];
export function linalgLdlFactorEx(a0?: unknown, a1?: unknown): any {
  return native.call(op(451), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::linalg_ldl_solve(Tensor LD, Tensor pivots, Tensor B, *, bool hermitian=False) -> Tensor
 */
export function linalgLdlSolve(LD: Tensor, pivots: Tensor, B: Tensor, opts?: { hermitian?: boolean }): Tensor;
export function linalgLdlSolve(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(452), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::linalg_lstsq(Tensor self, Tensor b, float? rcond=None, *, str? driver=None) -> (Tensor solution, Tensor residuals, Tensor rank, Tensor singular_values)
 */
export function linalgLstsq(self: Tensor, b: Tensor, opts?: { rcond?: number | null; driver?: string | null }): [Tensor, Tensor, Tensor, Tensor];
export function linalgLstsq(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(453), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::linalg_lu(Tensor A, *, bool pivot=True) -> (Tensor P, Tensor L, Tensor U)
 */
export function linalgLu(A: Tensor, opts?: { pivot?: boolean }): [Tensor, Tensor, Tensor];
export function linalgLu(a0?: unknown, a1?: unknown): any {
  return native.call(op(454), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::linalg_lu_factor(Tensor A, *, bool pivot=True) -> (Tensor LU, Tensor pivots)
 */
export function linalgLuFactor(A: Tensor, opts?: { pivot?: boolean }): [Tensor, Tensor];
export function linalgLuFactor(a0?: unknown, a1?: unknown): any {
  return native.call(op(455), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::linalg_lu_factor_ex(Tensor A, *, bool pivot=True, bool check_errors=False) -> (Tensor LU, Tensor pivots, Tensor info)
 */
export function linalgLuFactorEx(A: Tensor, opts?: { pivot?: boolean; checkErrors?: boolean }): [Tensor, Tensor, Tensor];
export function linalgLuFactorEx(a0?: unknown, a1?: unknown): any {
  return native.call(op(456), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::linalg_lu_solve(Tensor LU, Tensor pivots, Tensor B, *, bool left=True, bool adjoint=False) -> Tensor
 */
export function linalgLuSolve(LU: Tensor, pivots: Tensor, B: Tensor, opts?: { left?: boolean; adjoint?: boolean }): Tensor;
export function linalgLuSolve(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(457), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::linalg_matmul(Tensor self, Tensor other) -> Tensor
 */
export function linalgMatmul(self: Tensor, other: Tensor): Tensor;
export function linalgMatmul(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(458), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::linalg_matrix_exp(Tensor self) -> Tensor
 */
export function linalgMatrixExp(self: Tensor): Tensor;
export function linalgMatrixExp(a0?: unknown): any {
  return $t(native.call1(op(459), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::linalg_matrix_norm(Tensor self, Scalar ord, int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
 * aten::linalg_matrix_norm.str_ord(Tensor self, str ord="fro", int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
 */
export function linalgMatrixNorm(self: Tensor, ord: Scalar, opts?: { dim?: number[]; keepdim?: boolean; dtype?: DType | null }): Tensor;
export function linalgMatrixNorm(self: Tensor, opts?: { ord?: string; dim?: number[]; keepdim?: boolean; dtype?: DType | null }): Tensor;
export function linalgMatrixNorm(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(460), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::linalg_matrix_power(Tensor self, int n) -> Tensor
 */
export function linalgMatrixPower(self: Tensor, n: number): Tensor;
export function linalgMatrixPower(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(461), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::linalg_matrix_rank(Tensor self, float tol, bool hermitian=False) -> Tensor
 * aten::linalg_matrix_rank.atol_rtol_float(Tensor self, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor
 * aten::linalg_matrix_rank.atol_rtol_tensor(Tensor input, *, Tensor? atol=None, Tensor? rtol=None, bool hermitian=False) -> Tensor
 * aten::linalg_matrix_rank.tol_tensor(Tensor input, Tensor tol, bool hermitian=False) -> Tensor
 */
export function linalgMatrixRank(self: Tensor, tol: number, opts?: { hermitian?: boolean }): Tensor;
export function linalgMatrixRank(self: Tensor, opts?: { atol?: number | null; rtol?: number | null; hermitian?: boolean }): Tensor;
export function linalgMatrixRank(input: Tensor, opts?: { atol?: Tensor | null; rtol?: Tensor | null; hermitian?: boolean }): Tensor;
export function linalgMatrixRank(input: Tensor, tol: Tensor, opts?: { hermitian?: boolean }): Tensor;
export function linalgMatrixRank(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(462), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::linalg_multi_dot(Tensor[] tensors) -> Tensor
 */
export function linalgMultiDot(tensors: Tensor[]): Tensor;
export function linalgMultiDot(a0?: unknown): any {
  return $t(native.call1(op(463), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::linalg_norm(Tensor self, Scalar? ord=None, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
 * aten::linalg_norm.ord_str(Tensor self, str ord, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
 */
export function linalgNorm(self: Tensor, opts?: { ord?: Scalar | null; dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
export function linalgNorm(self: Tensor, ord: string, opts?: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
export function linalgNorm(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(464), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::linalg_pinv(Tensor self, float rcond, bool hermitian=False) -> Tensor
 * aten::linalg_pinv.atol_rtol_float(Tensor self, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor
 * aten::linalg_pinv.atol_rtol_tensor(Tensor self, *, Tensor? atol=None, Tensor? rtol=None, bool hermitian=False) -> Tensor
 * aten::linalg_pinv.rcond_tensor(Tensor self, Tensor rcond, bool hermitian=False) -> Tensor
 */
export function linalgPinv(self: Tensor, rcond: number, opts?: { hermitian?: boolean }): Tensor;
export function linalgPinv(self: Tensor, opts?: { atol?: number | null; rtol?: number | null; hermitian?: boolean }): Tensor;
export function linalgPinv(self: Tensor, opts?: { atol?: Tensor | null; rtol?: Tensor | null; hermitian?: boolean }): Tensor;
export function linalgPinv(self: Tensor, rcond: Tensor, opts?: { hermitian?: boolean }): Tensor;
export function linalgPinv(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(465), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::linalg_qr(Tensor A, str mode="reduced") -> (Tensor Q, Tensor R)
 */
export function linalgQr(A: Tensor, opts?: { mode?: string }): [Tensor, Tensor];
export function linalgQr(a0?: unknown, a1?: unknown): any {
  return native.call(op(466), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::linalg_slogdet(Tensor A) -> (Tensor sign, Tensor logabsdet)
 */
export function linalgSlogdet(A: Tensor): [Tensor, Tensor];
export function linalgSlogdet(a0?: unknown): any {
  return native.call(op(467), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::linalg_solve(Tensor A, Tensor B, *, bool left=True) -> Tensor
 */
export function linalgSolve(A: Tensor, B: Tensor, opts?: { left?: boolean }): Tensor;
export function linalgSolve(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(468), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::linalg_solve_ex(Tensor A, Tensor B, *, bool left=True, bool check_errors=False) -> (Tensor result, Tensor info)
 */
export function linalgSolveEx(A: Tensor, B: Tensor, opts?: { left?: boolean; checkErrors?: boolean }): [Tensor, Tensor];
export function linalgSolveEx(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(469), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::linalg_solve_triangular(Tensor self, Tensor B, *, bool upper, bool left=True, bool unitriangular=False) -> Tensor
 */
export function linalgSolveTriangular(self: Tensor, B: Tensor, upper: boolean, opts?: { left?: boolean; unitriangular?: boolean }): Tensor;
export function linalgSolveTriangular(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(470), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::linalg_svd(Tensor A, bool full_matrices=True, *, str? driver=None) -> (Tensor U, Tensor S, Tensor Vh)
 */
export function linalgSvd(A: Tensor, opts?: { fullMatrices?: boolean; driver?: string | null }): [Tensor, Tensor, Tensor];
export function linalgSvd(a0?: unknown, a1?: unknown): any {
  return native.call(op(471), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::linalg_svdvals(Tensor A, *, str? driver=None) -> Tensor
 */
export function linalgSvdvals(A: Tensor, opts?: { driver?: string | null }): Tensor;
export function linalgSvdvals(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(472), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::linalg_tensorinv(Tensor self, int ind=2) -> Tensor
 */
export function linalgTensorinv(self: Tensor, opts?: { ind?: number }): Tensor;
export function linalgTensorinv(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(473), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::linalg_tensorsolve(Tensor self, Tensor other, int[]? dims=None) -> Tensor
 */
export function linalgTensorsolve(self: Tensor, other: Tensor, opts?: { dims?: number[] | null }): Tensor;
export function linalgTensorsolve(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(474), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::linalg_vander(Tensor x, *, int? N=None) -> Tensor
 */
export function linalgVander(x: Tensor, opts?: { N?: number | null }): Tensor;
export function linalgVander(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(475), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::linalg_vecdot(Tensor x, Tensor y, *, int dim=-1) -> Tensor
 */
export function linalgVecdot(x: Tensor, y: Tensor, opts?: { dim?: number }): Tensor;
export function linalgVecdot(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(476), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::linalg_vector_norm(Tensor self, Scalar ord=2, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
 */
export function linalgVectorNorm(self: Tensor, opts?: { ord?: Scalar; dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
export function linalgVectorNorm(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(477), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::linear(Tensor input, Tensor weight, Tensor? bias=None) -> Tensor
 */
export function linear(input: Tensor, weight: Tensor, opts?: { bias?: Tensor | null }): Tensor;
export function linear(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(478), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::linspace(Scalar start, Scalar end, int steps, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function linspace(start: Scalar, end: Scalar, steps: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function linspace(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(479), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::log(Tensor self) -> Tensor
 */
export function log(self: Tensor): Tensor;
export function log(a0?: unknown): any {
  return $t(native.call1(op(480), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::log10(Tensor self) -> Tensor
 */
export function log10(self: Tensor): Tensor;
export function log10(a0?: unknown): any {
  return $t(native.call1(op(481), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::log10_(Tensor(a!) self) -> Tensor(a!)
 */
export function log10_(self: Tensor): Tensor;
export function log10_(a0?: unknown): any {
  native.call1(op(482), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::log1p(Tensor self) -> Tensor
 */
export function log1p(self: Tensor): Tensor;
export function log1p(a0?: unknown): any {
  return $t(native.call1(op(483), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::log1p_(Tensor(a!) self) -> Tensor(a!)
 */
export function log1p_(self: Tensor): Tensor;
export function log1p_(a0?: unknown): any {
  native.call1(op(484), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::log2(Tensor self) -> Tensor
 */
export function log2(self: Tensor): Tensor;
export function log2(a0?: unknown): any {
  return $t(native.call1(op(485), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::log2_(Tensor(a!) self) -> Tensor(a!)
 */
export function log2_(self: Tensor): Tensor;
export function log2_(a0?: unknown): any {
  native.call1(op(486), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::log_(Tensor(a!) self) -> Tensor(a!)
 */
export function log_(self: Tensor): Tensor;
export function log_(a0?: unknown): any {
  native.call1(op(487), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::log_normal(Tensor self, float mean=1., float std=2., *, Generator? generator=None) -> Tensor
 */
export function logNormal(self: Tensor, opts?: { mean?: number; std?: number; generator?: null }): Tensor;
export function logNormal(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(488), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::log_normal_(Tensor(a!) self, float mean=1., float std=2., *, Generator? generator=None) -> Tensor(a!)
 */
export function logNormal_(self: Tensor, opts?: { mean?: number; std?: number; generator?: null }): Tensor;
export function logNormal_(a0?: unknown, a1?: unknown): any {
  native.call1(op(489), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::log_sigmoid(Tensor self) -> Tensor
 */
export function logSigmoid(self: Tensor): Tensor;
export function logSigmoid(a0?: unknown): any {
  return $t(native.call1(op(490), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::log_softmax.int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor
 */
export function logSoftmax(self: Tensor, dim: number, opts?: { dtype?: DType | null }): Tensor;
export function logSoftmax(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(491), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::logaddexp(Tensor self, Tensor other) -> Tensor
 */
export function logaddexp(self: Tensor, other: Tensor): Tensor;
export function logaddexp(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(492), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::logaddexp2(Tensor self, Tensor other) -> Tensor
 */
export function logaddexp2(self: Tensor, other: Tensor): Tensor;
export function logaddexp2(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(493), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::logcumsumexp(Tensor self, int dim) -> Tensor
 * aten::logcumsumexp.dimname(Tensor self, str dim) -> Tensor
 */
export function logcumsumexp(self: Tensor, dim: number): Tensor;
export function logcumsumexp(self: Tensor, dim: string): Tensor;
export function logcumsumexp(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(494), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::logdet(Tensor self) -> Tensor
 */
export function logdet(self: Tensor): Tensor;
export function logdet(a0?: unknown): any {
  return $t(native.call1(op(495), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::logical_and(Tensor self, Tensor other) -> Tensor
 */
export function logicalAnd(self: Tensor, other: Tensor): Tensor;
export function logicalAnd(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(496), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::logical_and_(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function logicalAnd_(self: Tensor, other: Tensor): Tensor;
export function logicalAnd_(a0?: unknown, a1?: unknown): any {
  native.call1(op(497), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::logical_not(Tensor self) -> Tensor
 */
export function logicalNot(self: Tensor): Tensor;
export function logicalNot(a0?: unknown): any {
  return $t(native.call1(op(498), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::logical_not_(Tensor(a!) self) -> Tensor(a!)
 */
export function logicalNot_(self: Tensor): Tensor;
export function logicalNot_(a0?: unknown): any {
  native.call1(op(499), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::logical_or(Tensor self, Tensor other) -> Tensor
 */
export function logicalOr(self: Tensor, other: Tensor): Tensor;
export function logicalOr(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(500), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::logical_or_(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function logicalOr_(self: Tensor, other: Tensor): Tensor;
export function logicalOr_(a0?: unknown, a1?: unknown): any {
  native.call1(op(501), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::logical_xor(Tensor self, Tensor other) -> Tensor
 */
export function logicalXor(self: Tensor, other: Tensor): Tensor;
export function logicalXor(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(502), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::logical_xor_(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function logicalXor_(self: Tensor, other: Tensor): Tensor;
export function logicalXor_(a0?: unknown, a1?: unknown): any {
  native.call1(op(503), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::logit(Tensor self, float? eps=None) -> Tensor
 */
export function logit(self: Tensor, opts?: { eps?: number | null }): Tensor;
export function logit(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(504), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::logit_(Tensor(a!) self, float? eps=None) -> Tensor(a!)
 */
export function logit_(self: Tensor, opts?: { eps?: number | null }): Tensor;
export function logit_(a0?: unknown, a1?: unknown): any {
  native.call1(op(505), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::logspace(Scalar start, Scalar end, int steps, float base=10., *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function logspace(start: Scalar, end: Scalar, steps: number, opts?: { base?: number; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function logspace(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(506), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::logsumexp(Tensor self, int[1] dim, bool keepdim=False) -> Tensor
 */
export function logsumexp(self: Tensor, dim: number | number[], opts?: { keepdim?: boolean }): Tensor;
export function logsumexp(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(507), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::lstm.data(Tensor data, Tensor batch_sizes, Tensor[] hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional) -> (Tensor, Tensor, Tensor)
 * aten::lstm.input(Tensor input, Tensor[] hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first) -> (Tensor, Tensor, Tensor)
 */
export function lstm(data: Tensor, batchSizes: Tensor, hx: Tensor[], params: Tensor[], hasBiases: boolean, numLayers: number, dropout: number, train: boolean, bidirectional: boolean): [Tensor, Tensor, Tensor];
export function lstm(input: Tensor, hx: Tensor[], params: Tensor[], hasBiases: boolean, numLayers: number, dropout: number, train: boolean, bidirectional: boolean, batchFirst: boolean): [Tensor, Tensor, Tensor];
export function lstm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown): any {
  return native.call(op(508), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | $m(a8, 256) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7), $h(a8)) as any;
}

/**
 * aten::lstm_cell(Tensor input, Tensor[] hx, Tensor w_ih, Tensor w_hh, Tensor? b_ih=None, Tensor? b_hh=None) -> (Tensor, Tensor)
 */
export function lstmCell(input: Tensor, hx: Tensor[], wIh: Tensor, wHh: Tensor, opts?: { bIh?: Tensor | null; bHh?: Tensor | null }): [Tensor, Tensor];
export function lstmCell(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return native.call(op(509), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)) as any;
}

/**
 * aten::lt.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::lt.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function lt(self: Tensor, other: Scalar): Tensor;
export function lt(self: Tensor, other: Tensor): Tensor;
export function lt(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(510), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::lt_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::lt_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function lt_(self: Tensor, other: Scalar): Tensor;
export function lt_(self: Tensor, other: Tensor): Tensor;
export function lt_(a0?: unknown, a1?: unknown): any {
  native.call1(op(511), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::lu_solve(Tensor self, Tensor LU_data, Tensor LU_pivots) -> Tensor
 */
export function luSolve(self: Tensor, LUData: Tensor, LUPivots: Tensor): Tensor;
export function luSolve(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(512), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::lu_unpack(Tensor LU_data, Tensor LU_pivots, bool unpack_data=True, bool unpack_pivots=True) -> (Tensor P, Tensor L, Tensor U)
 */
export function luUnpack(LUData: Tensor, LUPivots: Tensor, opts?: { unpackData?: boolean; unpackPivots?: boolean }): [Tensor, Tensor, Tensor];
export function luUnpack(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(513), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::mH(Tensor(a) self) -> Tensor(a)
 */
export function mH(self: Tensor): Tensor;
export function mH(a0?: unknown): any {
  return $t(native.call1(op(514), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::mT(Tensor(a) self) -> Tensor(a)
 */
export function mT(self: Tensor): Tensor;
export function mT(a0?: unknown): any {
  return $t(native.call1(op(515), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::margin_ranking_loss(Tensor input1, Tensor input2, Tensor target, float margin=0., int reduction=1) -> Tensor
 */
export function marginRankingLoss(input1: Tensor, input2: Tensor, target: Tensor, opts?: { margin?: number; reduction?: number }): Tensor;
export function marginRankingLoss(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(516), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::masked_fill.Scalar(Tensor self, Tensor mask, Scalar value) -> Tensor
 * aten::masked_fill.Tensor(Tensor self, Tensor mask, Tensor value) -> Tensor
 */
export function maskedFill(self: Tensor, mask: Tensor, value: Scalar): Tensor;
export function maskedFill(self: Tensor, mask: Tensor, value: Tensor): Tensor;
export function maskedFill(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(517), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::masked_fill_.Scalar(Tensor(a!) self, Tensor mask, Scalar value) -> Tensor(a!)
 * aten::masked_fill_.Tensor(Tensor(a!) self, Tensor mask, Tensor value) -> Tensor(a!)
 */
export function maskedFill_(self: Tensor, mask: Tensor, value: Scalar): Tensor;
export function maskedFill_(self: Tensor, mask: Tensor, value: Tensor): Tensor;
export function maskedFill_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(518), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::masked_scatter(Tensor self, Tensor mask, Tensor source) -> Tensor
 */
export function maskedScatter(self: Tensor, mask: Tensor, source: Tensor): Tensor;
export function maskedScatter(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(519), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::masked_scatter_(Tensor(a!) self, Tensor mask, Tensor source) -> Tensor(a!)
 */
export function maskedScatter_(self: Tensor, mask: Tensor, source: Tensor): Tensor;
export function maskedScatter_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(520), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::masked_select(Tensor self, Tensor mask) -> Tensor
 */
export function maskedSelect(self: Tensor, mask: Tensor): Tensor;
export function maskedSelect(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(521), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::matmul(Tensor self, Tensor other) -> Tensor
 */
export function matmul(self: Tensor, other: Tensor): Tensor;
export function matmul(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(522), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::matrix_H(Tensor(a) self) -> Tensor(a)
 */
export function matrix_H(self: Tensor): Tensor;
export function matrix_H(a0?: unknown): any {
  return $t(native.call1(op(523), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::matrix_exp(Tensor self) -> Tensor
 */
export function matrixExp(self: Tensor): Tensor;
export function matrixExp(a0?: unknown): any {
  return $t(native.call1(op(524), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::matrix_power(Tensor self, int n) -> Tensor
 */
export function matrixPower(self: Tensor, n: number): Tensor;
export function matrixPower(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(525), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::max(Tensor self) -> Tensor
 * aten::max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)
 * aten::max.other(Tensor self, Tensor other) -> Tensor
 */
export function max(self: Tensor): Tensor;
export function max(self: Tensor, dim: number, opts?: { keepdim?: boolean }): [Tensor, Tensor];
export function max(self: Tensor, other: Tensor): Tensor;
export function max(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(526), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::max_pool1d(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=[0], int[1] dilation=[1], bool ceil_mode=False) -> Tensor
 */
export function maxPool1d(self: Tensor, kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): Tensor;
export function maxPool1d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(527), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::max_pool1d_with_indices(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=[0], int[1] dilation=[1], bool ceil_mode=False) -> (Tensor, Tensor)
 */
export function maxPool1dWithIndices(self: Tensor, kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): [Tensor, Tensor];
export function maxPool1dWithIndices(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(528), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor
 */
export function maxPool2d(self: Tensor, kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): Tensor;
export function maxPool2d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(529), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::max_pool2d_with_indices(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> (Tensor, Tensor)
 */
export function maxPool2dWithIndices(self: Tensor, kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): [Tensor, Tensor];
export function maxPool2dWithIndices(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(530), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::max_pool3d(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, int[3] dilation=1, bool ceil_mode=False) -> Tensor
 */
export function maxPool3d(self: Tensor, kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): Tensor;
export function maxPool3d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(531), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::max_pool3d_with_indices(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, int[3] dilation=1, bool ceil_mode=False) -> (Tensor, Tensor)
 */
export function maxPool3dWithIndices(self: Tensor, kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): [Tensor, Tensor];
export function maxPool3dWithIndices(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(532), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::max_unpool2d(Tensor self, Tensor indices, int[2] output_size) -> Tensor
 */
export function maxUnpool2d(self: Tensor, indices: Tensor, outputSize: number | number[]): Tensor;
export function maxUnpool2d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(533), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::max_unpool3d(Tensor self, Tensor indices, int[3] output_size, int[3] stride, int[3] padding) -> Tensor
 */
export function maxUnpool3d(self: Tensor, indices: Tensor, outputSize: number | number[], stride: number | number[], padding: number | number[]): Tensor;
export function maxUnpool3d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(534), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::maximum(Tensor self, Tensor other) -> Tensor
 */
export function maximum(self: Tensor, other: Tensor): Tensor;
export function maximum(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(535), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::mean(Tensor self, *, ScalarType? dtype=None) -> Tensor
 * aten::mean.dim(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
 */
export function mean(self: Tensor, opts?: { dtype?: DType | null }): Tensor;
export function mean(self: Tensor, dim: number | number[] | null, opts?: { keepdim?: boolean; dtype?: DType | null }): Tensor;
export function mean(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(536), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::median(Tensor self) -> Tensor
 * aten::median.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)
 */
export function median(self: Tensor): Tensor;
export function median(self: Tensor, dim: number, opts?: { keepdim?: boolean }): [Tensor, Tensor];
export function median(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(537), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::meshgrid(Tensor[] tensors) -> Tensor[]
 * aten::meshgrid.indexing(Tensor[] tensors, *, str indexing) -> Tensor[]
 */
export function meshgrid(tensors: Tensor[]): Tensor[];
export function meshgrid(tensors: Tensor[], indexing: string): Tensor[];
export function meshgrid(a0?: unknown, a1?: unknown): any {
  return native.call(op(538), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::min(Tensor self) -> Tensor
 * aten::min.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)
 * aten::min.other(Tensor self, Tensor other) -> Tensor
 */
export function min(self: Tensor): Tensor;
export function min(self: Tensor, dim: number, opts?: { keepdim?: boolean }): [Tensor, Tensor];
export function min(self: Tensor, other: Tensor): Tensor;
export function min(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(539), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::minimum(Tensor self, Tensor other) -> Tensor
 */
export function minimum(self: Tensor, other: Tensor): Tensor;
export function minimum(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(540), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::mish(Tensor self) -> Tensor
 */
export function mish(self: Tensor): Tensor;
export function mish(a0?: unknown): any {
  return $t(native.call1(op(541), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::mish_(Tensor(a!) self) -> Tensor(a!)
 */
export function mish_(self: Tensor): Tensor;
export function mish_(a0?: unknown): any {
  native.call1(op(542), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::mm(Tensor self, Tensor mat2) -> Tensor
 */
export function mm(self: Tensor, mat2: Tensor): Tensor;
export function mm(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(543), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::mode(Tensor self, int dim=-1, bool keepdim=False) -> (Tensor values, Tensor indices)
 * aten::mode.dimname(Tensor self, str dim, bool keepdim=False) -> (Tensor values, Tensor indices)
 */
export function mode(self: Tensor, opts?: { dim?: number; keepdim?: boolean }): [Tensor, Tensor];
export function mode(self: Tensor, dim: string, opts?: { keepdim?: boolean }): [Tensor, Tensor];
export function mode(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(544), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::moveaxis.int(Tensor(a) self, int source, int destination) -> Tensor(a)
 * aten::moveaxis.intlist(Tensor(a) self, int[] source, int[] destination) -> Tensor(a)
 */
export function moveaxis(self: Tensor, source: number, destination: number): Tensor;
export function moveaxis(self: Tensor, source: number[], destination: number[]): Tensor;
export function moveaxis(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(545), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::movedim.int(Tensor(a) self, int source, int destination) -> Tensor(a)
 * aten::movedim.intlist(Tensor(a) self, int[] source, int[] destination) -> Tensor(a)
 */
export function movedim(self: Tensor, source: number, destination: number): Tensor;
export function movedim(self: Tensor, source: number[], destination: number[]): Tensor;
export function movedim(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(546), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::mse_loss(Tensor self, Tensor target, int reduction=1) -> Tensor
 */
export function mseLoss(self: Tensor, target: Tensor, opts?: { reduction?: number }): Tensor;
export function mseLoss(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(547), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::msort(Tensor self) -> Tensor
 */
export function msort(self: Tensor): Tensor;
export function msort(a0?: unknown): any {
  return $t(native.call1(op(548), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::mul.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::mul.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function mul(self: Tensor, other: Scalar): Tensor;
export function mul(self: Tensor, other: Tensor): Tensor;
export function mul(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(549), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::mul_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::mul_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function mul_(self: Tensor, other: Scalar): Tensor;
export function mul_(self: Tensor, other: Tensor): Tensor;
export function mul_(a0?: unknown, a1?: unknown): any {
  native.call1(op(550), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::multi_margin_loss(Tensor self, Tensor target, Scalar p=1, Scalar margin=1, Tensor? weight=None, int reduction=1) -> Tensor
 */
export function multiMarginLoss(self: Tensor, target: Tensor, opts?: { p?: Scalar; margin?: Scalar; weight?: Tensor | null; reduction?: number }): Tensor;
export function multiMarginLoss(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(551), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::multilabel_margin_loss(Tensor self, Tensor target, int reduction=1) -> Tensor
 */
export function multilabelMarginLoss(self: Tensor, target: Tensor, opts?: { reduction?: number }): Tensor;
export function multilabelMarginLoss(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(552), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::multinomial(Tensor self, int num_samples, bool replacement=False, *, Generator? generator=None) -> Tensor
 */
export function multinomial(self: Tensor, numSamples: number, opts?: { replacement?: boolean; generator?: null }): Tensor;
export function multinomial(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(553), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::multiply.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::multiply.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function multiply(self: Tensor, other: Scalar): Tensor;
export function multiply(self: Tensor, other: Tensor): Tensor;
export function multiply(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(554), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::multiply_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::multiply_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function multiply_(self: Tensor, other: Scalar): Tensor;
export function multiply_(self: Tensor, other: Tensor): Tensor;
export function multiply_(a0?: unknown, a1?: unknown): any {
  native.call1(op(555), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::mv(Tensor self, Tensor vec) -> Tensor
 */
export function mv(self: Tensor, vec: Tensor): Tensor;
export function mv(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(556), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::mvlgamma(Tensor self, int p) -> Tensor
 */
export function mvlgamma(self: Tensor, p: number): Tensor;
export function mvlgamma(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(557), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::mvlgamma_(Tensor(a!) self, int p) -> Tensor(a!)
 */
export function mvlgamma_(self: Tensor, p: number): Tensor;
export function mvlgamma_(a0?: unknown, a1?: unknown): any {
  native.call1(op(558), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::nan_to_num(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor
 */
export function nanToNum(self: Tensor, opts?: { nan?: number | null; posinf?: number | null; neginf?: number | null }): Tensor;
export function nanToNum(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(559), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::nan_to_num_(Tensor(a!) self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor(a!)
 */
export function nanToNum_(self: Tensor, opts?: { nan?: number | null; posinf?: number | null; neginf?: number | null }): Tensor;
export function nanToNum_(a0?: unknown, a1?: unknown): any {
  native.call1(op(560), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::nanmean(Tensor self, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
 */
export function nanmean(self: Tensor, opts?: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
export function nanmean(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(561), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::nanmedian(Tensor self) -> Tensor
 * aten::nanmedian.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)
 */
export function nanmedian(self: Tensor): Tensor;
export function nanmedian(self: Tensor, dim: number, opts?: { keepdim?: boolean }): [Tensor, Tensor];
export function nanmedian(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(562), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::nanquantile(Tensor self, Tensor q, int? dim=None, bool keepdim=False, *, str interpolation="linear") -> Tensor
 * aten::nanquantile.scalar(Tensor self, float q, int? dim=None, bool keepdim=False, *, str interpolation="linear") -> Tensor
 */
export function nanquantile(self: Tensor, q: Tensor, opts?: { dim?: number | null; keepdim?: boolean; interpolation?: string }): Tensor;
export function nanquantile(self: Tensor, q: number, opts?: { dim?: number | null; keepdim?: boolean; interpolation?: string }): Tensor;
export function nanquantile(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(563), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::nansum(Tensor self, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
 */
export function nansum(self: Tensor, opts?: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
export function nansum(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(564), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::narrow(Tensor(a) self, int dim, int start, int length) -> Tensor(a)
 * aten::narrow.Tensor(Tensor(a) self, int dim, Tensor start, int length) -> Tensor(a)
 */
export function narrow(self: Tensor, dim: number, start: number, length: number): Tensor;
export function narrow(self: Tensor, dim: number, start: Tensor, length: number): Tensor;
export function narrow(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(565), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::narrow_copy(Tensor self, int dim, SymInt start, SymInt length) -> Tensor
 */
export function narrowCopy(self: Tensor, dim: number, start: number, length: number): Tensor;
export function narrowCopy(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(566), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::native_batch_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool training, float momentum, float eps) -> (Tensor, Tensor, Tensor)
 */
export function nativeBatchNorm(input: Tensor, weight: Tensor | null, bias: Tensor | null, runningMean: Tensor | null, runningVar: Tensor | null, training: boolean, momentum: number, eps: number): [Tensor, Tensor, Tensor];
export function nativeBatchNorm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown): any {
  return native.call(op(567), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7)) as any;
}

/**
 * aten::native_channel_shuffle(Tensor self, int groups) -> Tensor
 */
export function nativeChannelShuffle(self: Tensor, groups: number): Tensor;
export function nativeChannelShuffle(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(568), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::native_dropout(Tensor input, float p, bool? train) -> (Tensor, Tensor)
 */
export function nativeDropout(input: Tensor, p: number, train: boolean | null): [Tensor, Tensor];
export function nativeDropout(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(569), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::native_group_norm(Tensor input, Tensor? weight, Tensor? bias, SymInt N, SymInt C, SymInt HxW, int group, float eps) -> (Tensor, Tensor, Tensor)
 */
export function nativeGroupNorm(input: Tensor, weight: Tensor | null, bias: Tensor | null, N: number, C: number, HxW: number, group: number, eps: number): [Tensor, Tensor, Tensor];
export function nativeGroupNorm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown): any {
  return native.call(op(570), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7)) as any;
}

/**
 * aten::native_layer_norm(Tensor input, SymInt[] normalized_shape, Tensor? weight, Tensor? bias, float eps) -> (Tensor, Tensor, Tensor)
 */
export function nativeLayerNorm(input: Tensor, normalizedShape: number[], weight: Tensor | null, bias: Tensor | null, eps: number): [Tensor, Tensor, Tensor];
export function nativeLayerNorm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return native.call(op(571), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)) as any;
}

/**
 * aten::native_norm(Tensor self, Scalar p=2) -> Tensor
 * aten::native_norm.ScalarOpt_dim_dtype(Tensor self, Scalar? p, int[1] dim, bool keepdim, ScalarType? dtype) -> Tensor
 */
export function nativeNorm(self: Tensor, opts?: { p?: Scalar }): Tensor;
export function nativeNorm(self: Tensor, p: Scalar | null, dim: number | number[], keepdim: boolean, dtype: DType | null): Tensor;
export function nativeNorm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(572), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::ne.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::ne.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function ne(self: Tensor, other: Scalar): Tensor;
export function ne(self: Tensor, other: Tensor): Tensor;
export function ne(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(573), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::ne_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::ne_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function ne_(self: Tensor, other: Scalar): Tensor;
export function ne_(self: Tensor, other: Tensor): Tensor;
export function ne_(a0?: unknown, a1?: unknown): any {
  native.call1(op(574), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::neg(Tensor self) -> Tensor
 */
export function neg(self: Tensor): Tensor;
export function neg(a0?: unknown): any {
  return $t(native.call1(op(575), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::neg_(Tensor(a!) self) -> Tensor(a!)
 */
export function neg_(self: Tensor): Tensor;
export function neg_(a0?: unknown): any {
  native.call1(op(576), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::negative(Tensor self) -> Tensor
 */
export function negative(self: Tensor): Tensor;
export function negative(a0?: unknown): any {
  return $t(native.call1(op(577), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::negative_(Tensor(a!) self) -> Tensor(a!)
 */
export function negative_(self: Tensor): Tensor;
export function negative_(a0?: unknown): any {
  native.call1(op(578), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::nested_to_padded_tensor(Tensor self, float padding, int[]? output_size=None) -> Tensor
 */
export function nestedToPaddedTensor(self: Tensor, padding: number, opts?: { outputSize?: number[] | null }): Tensor;
export function nestedToPaddedTensor(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(579), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::new_empty(Tensor self, SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function newEmpty(self: Tensor, size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function newEmpty(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(580), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::new_empty_strided(Tensor self, SymInt[] size, SymInt[] stride, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function newEmptyStrided(self: Tensor, size: number[], stride: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function newEmptyStrided(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(581), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::new_full(Tensor self, SymInt[] size, Scalar fill_value, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function newFull(self: Tensor, size: number[], fillValue: Scalar, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function newFull(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(582), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::new_ones(Tensor self, SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function newOnes(self: Tensor, size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function newOnes(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(583), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::new_zeros(Tensor self, SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function newZeros(self: Tensor, size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function newZeros(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(584), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::nextafter(Tensor self, Tensor other) -> Tensor
 */
export function nextafter(self: Tensor, other: Tensor): Tensor;
export function nextafter(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(585), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::nextafter_(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function nextafter_(self: Tensor, other: Tensor): Tensor;
export function nextafter_(a0?: unknown, a1?: unknown): any {
  native.call1(op(586), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::nll_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor
 */
export function nllLoss(self: Tensor, target: Tensor, opts?: { weight?: Tensor | null; reduction?: number; ignoreIndex?: number }): Tensor;
export function nllLoss(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(587), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::nll_loss2d(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor
 */
export function nllLoss2d(self: Tensor, target: Tensor, opts?: { weight?: Tensor | null; reduction?: number; ignoreIndex?: number }): Tensor;
export function nllLoss2d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(588), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::nll_loss_nd(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor
 */
export function nllLossNd(self: Tensor, target: Tensor, opts?: { weight?: Tensor | null; reduction?: number; ignoreIndex?: number }): Tensor;
export function nllLossNd(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(589), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::nonzero(Tensor self) -> Tensor
 */
export function nonzero(self: Tensor): Tensor;
export function nonzero(a0?: unknown): any {
  return $t(native.call1(op(590), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::nonzero_numpy(Tensor self) -> Tensor[]
 */
export function nonzeroNumpy(self: Tensor): Tensor[];
export function nonzeroNumpy(a0?: unknown): any {
  return native.call(op(591), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::norm.Scalar(Tensor self, Scalar p=2) -> Tensor
 * aten::norm.ScalarOpt_dim(Tensor self, Scalar? p, int[1] dim, bool keepdim=False) -> Tensor
 * aten::norm.ScalarOpt_dim_dtype(Tensor self, Scalar? p, int[1] dim, bool keepdim, *, ScalarType dtype) -> Tensor
 * aten::norm.ScalarOpt_dtype(Tensor self, Scalar? p, *, ScalarType dtype) -> Tensor
 */
export function norm(self: Tensor, opts?: { p?: Scalar }): Tensor;
export function norm(self: Tensor, p: Scalar | null, dim: number | number[], opts?: { keepdim?: boolean }): Tensor;
export function norm(self: Tensor, p: Scalar | null, dim: number | number[], keepdim: boolean, dtype: DType): Tensor;
export function norm(self: Tensor, p: Scalar | null, dtype: DType): Tensor;
export function norm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(592), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::norm_except_dim(Tensor v, int pow=2, int dim=0) -> Tensor
 */
export function normExceptDim(v: Tensor, opts?: { pow?: number; dim?: number }): Tensor;
export function normExceptDim(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(593), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::normal.Tensor_Tensor(Tensor mean, Tensor std, *, Generator? generator=None) -> Tensor
 * aten::normal.Tensor_float(Tensor mean, float std=1., *, Generator? generator=None) -> Tensor
 * aten::normal.float_Tensor(float mean, Tensor std, *, Generator? generator=None) -> Tensor
 * aten::normal.float_float(float mean, float std, int[] size, *, Generator? generator=None, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function normal(mean: Tensor, std: Tensor, opts?: { generator?: null }): Tensor;
export function normal(mean: Tensor, opts?: { std?: number; generator?: null }): Tensor;
export function normal(mean: number, std: Tensor, opts?: { generator?: null }): Tensor;
export function normal(mean: number, std: number, size: number[], opts?: { generator?: null; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function normal(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(594), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::normal_(Tensor(a!) self, float mean=0., float std=1., *, Generator? generator=None) -> Tensor(a!)
 */
export function normal_(self: Tensor, opts?: { mean?: number; std?: number; generator?: null }): Tensor;
export function normal_(a0?: unknown, a1?: unknown): any {
  native.call1(op(595), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::normal_functional(Tensor self, float mean=0., float std=1., *, Generator? generator=None) -> Tensor
 */
export function normalFunctional(self: Tensor, opts?: { mean?: number; std?: number; generator?: null }): Tensor;
export function normalFunctional(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(596), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::not_equal.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::not_equal.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function notEqual(self: Tensor, other: Scalar): Tensor;
export function notEqual(self: Tensor, other: Tensor): Tensor;
export function notEqual(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(597), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::not_equal_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::not_equal_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function notEqual_(self: Tensor, other: Scalar): Tensor;
export function notEqual_(self: Tensor, other: Tensor): Tensor;
export function notEqual_(a0?: unknown, a1?: unknown): any {
  native.call1(op(598), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::nuclear_norm(Tensor self, bool keepdim=False) -> Tensor
 * aten::nuclear_norm.dim(Tensor self, int[2] dim, bool keepdim=False) -> Tensor
 */
export function nuclearNorm(self: Tensor, opts?: { keepdim?: boolean }): Tensor;
export function nuclearNorm(self: Tensor, dim: number | number[], opts?: { keepdim?: boolean }): Tensor;
export function nuclearNorm(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(599), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::numpy_T(Tensor(a) self) -> Tensor(a)
 */
export function numpy_T(self: Tensor): Tensor;
export function numpy_T(a0?: unknown): any {
  return $t(native.call1(op(600), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::one_hot(Tensor self, int num_classes=-1) -> Tensor
 */
export function oneHot(self: Tensor, opts?: { numClasses?: number }): Tensor;
export function oneHot(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(601), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::ones(SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function ones(size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function ones(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(602), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::ones_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
 */
export function onesLike(self: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
export function onesLike(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(603), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::orgqr(Tensor self, Tensor input2) -> Tensor
 */
export function orgqr(self: Tensor, input2: Tensor): Tensor;
export function orgqr(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(604), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::ormqr(Tensor self, Tensor input2, Tensor input3, bool left=True, bool transpose=False) -> Tensor
 */
export function ormqr(self: Tensor, input2: Tensor, input3: Tensor, opts?: { left?: boolean; transpose?: boolean }): Tensor;
export function ormqr(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(605), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::outer(Tensor self, Tensor vec2) -> Tensor
 */
export function outer(self: Tensor, vec2: Tensor): Tensor;
export function outer(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(606), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::output_nr(Tensor self) -> int
 */
export function outputNr(self: Tensor): number;
export function outputNr(a0?: unknown): any {
  return native.call(op(607), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::pad(Tensor self, int[] pad, str mode="constant", float? value=None) -> Tensor
 */
export function pad(self: Tensor, pad: number[], opts?: { mode?: string; value?: number | null }): Tensor;
export function pad(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(608), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::pad_sequence(Tensor[] sequences, bool batch_first=False, float padding_value=0.) -> Tensor
 */
export function padSequence(sequences: Tensor[], opts?: { batchFirst?: boolean; paddingValue?: number }): Tensor;
export function padSequence(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(609), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::pairwise_distance(Tensor x1, Tensor x2, float p=2., float eps=9.9999999999999995e-07, bool keepdim=False) -> Tensor
 */
export function pairwiseDistance(x1: Tensor, x2: Tensor, opts?: { p?: number; eps?: number; keepdim?: boolean }): Tensor;
export function pairwiseDistance(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(610), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::pdist(Tensor self, float p=2.) -> Tensor
 */
export function pdist(self: Tensor, opts?: { p?: number }): Tensor;
export function pdist(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(611), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::permute(Tensor(a) self, int[] dims) -> Tensor(a)
 */
export function permute(self: Tensor, dims: number[]): Tensor;
export function permute(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(612), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::permute_copy(Tensor self, int[] dims) -> Tensor
 */
export function permuteCopy(self: Tensor, dims: number[]): Tensor;
export function permuteCopy(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(613), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::pin_memory(Tensor(a) self, Device? device=None) -> Tensor(a)
 */
export function pinMemory(self: Tensor, opts?: { device?: string | null }): Tensor;
export function pinMemory(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(614), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::pinverse(Tensor self, float rcond=1.0000000000000001e-15) -> Tensor
 */
export function pinverse(self: Tensor, opts?: { rcond?: number }): Tensor;
export function pinverse(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(615), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::pixel_shuffle(Tensor self, int upscale_factor) -> Tensor
 */
export function pixelShuffle(self: Tensor, upscaleFactor: number): Tensor;
export function pixelShuffle(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(616), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::pixel_unshuffle(Tensor self, int downscale_factor) -> Tensor
 */
export function pixelUnshuffle(self: Tensor, downscaleFactor: number): Tensor;
export function pixelUnshuffle(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(617), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::poisson(Tensor self, Generator? generator=None) -> Tensor
 */
export function poisson(self: Tensor, opts?: { generator?: null }): Tensor;
export function poisson(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(618), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::poisson_nll_loss(Tensor input, Tensor target, bool log_input, bool full, float eps, int reduction) -> Tensor
 */
export function poissonNllLoss(input: Tensor, target: Tensor, logInput: boolean, full: boolean, eps: number, reduction: number): Tensor;
export function poissonNllLoss(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown): any {
  return $t(native.call1(op(619), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)));
}

/**
 * aten::polar(Tensor abs, Tensor angle) -> Tensor
 */
export function polar(abs: Tensor, angle: Tensor): Tensor;
export function polar(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(620), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::polygamma(int n, Tensor self) -> Tensor
 */
export function polygamma(n: number, self: Tensor): Tensor;
export function polygamma(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(621), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::polygamma_(Tensor(a!) self, int n) -> Tensor(a!)
 */
export function polygamma_(self: Tensor, n: number): Tensor;
export function polygamma_(a0?: unknown, a1?: unknown): any {
  native.call1(op(622), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::positive(Tensor(a) self) -> Tensor(a)
 */
export function positive(self: Tensor): Tensor;
export function positive(a0?: unknown): any {
  return $t(native.call1(op(623), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::pow.Scalar(Scalar self, Tensor exponent) -> Tensor
 * aten::pow.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor
 * aten::pow.Tensor_Tensor(Tensor self, Tensor exponent) -> Tensor
 */
export function pow(self: Scalar, exponent: Tensor): Tensor;
export function pow(self: Tensor, exponent: Scalar): Tensor;
export function pow(self: Tensor, exponent: Tensor): Tensor;
export function pow(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(624), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::pow_.Scalar(Tensor(a!) self, Scalar exponent) -> Tensor(a!)
 * aten::pow_.Tensor(Tensor(a!) self, Tensor exponent) -> Tensor(a!)
 */
export function pow_(self: Tensor, exponent: Scalar): Tensor;
export function pow_(self: Tensor, exponent: Tensor): Tensor;
export function pow_(a0?: unknown, a1?: unknown): any {
  native.call1(op(625), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::prelu(Tensor self, Tensor weight) -> Tensor
 */
export function prelu(self: Tensor, weight: Tensor): Tensor;
export function prelu(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(626), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::prod(Tensor self, *, ScalarType? dtype=None) -> Tensor
 * aten::prod.dim_int(Tensor self, int dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
 */
export function prod(self: Tensor, opts?: { dtype?: DType | null }): Tensor;
export function prod(self: Tensor, dim: number, opts?: { keepdim?: boolean; dtype?: DType | null }): Tensor;
export function prod(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(627), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::promote_types(ScalarType type1, ScalarType type2) -> ScalarType
 */
export function promoteTypes(type1: DType, type2: DType): DType;
export function promoteTypes(a0?: unknown, a1?: unknown): any {
  return native.call(op(628), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::put(Tensor self, Tensor index, Tensor source, bool accumulate=False) -> Tensor
 */
export function put(self: Tensor, index: Tensor, source: Tensor, opts?: { accumulate?: boolean }): Tensor;
export function put(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(629), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::put_(Tensor(a!) self, Tensor index, Tensor source, bool accumulate=False) -> Tensor(a!)
 */
export function put_(self: Tensor, index: Tensor, source: Tensor, opts?: { accumulate?: boolean }): Tensor;
export function put_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(630), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::q_per_channel_axis(Tensor self) -> int
 */
export function qPerChannelAxis(self: Tensor): number;
export function qPerChannelAxis(a0?: unknown): any {
  return native.call(op(631), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::q_per_channel_scales(Tensor self) -> Tensor
 */
export function qPerChannelScales(self: Tensor): Tensor;
export function qPerChannelScales(a0?: unknown): any {
  return $t(native.call1(op(632), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::q_per_channel_zero_points(Tensor self) -> Tensor
 */
export function qPerChannelZeroPoints(self: Tensor): Tensor;
export function qPerChannelZeroPoints(a0?: unknown): any {
  return $t(native.call1(op(633), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::q_scale(Tensor self) -> float
 */
export function qScale(self: Tensor): number;
export function qScale(a0?: unknown): any {
  return native.call(op(634), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::q_zero_point(Tensor self) -> int
 */
export function qZeroPoint(self: Tensor): number;
export function qZeroPoint(a0?: unknown): any {
  return native.call(op(635), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::qr(Tensor self, bool some=True) -> (Tensor Q, Tensor R)
 */
export function qr(self: Tensor, opts?: { some?: boolean }): [Tensor, Tensor];
export function qr(a0?: unknown, a1?: unknown): any {
  return native.call(op(636), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::qscheme(Tensor self) -> QScheme
 */
export function qscheme(self: Tensor): unknown;
export function qscheme(a0?: unknown): any {
  return native.call(op(637), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::quantile(Tensor self, Tensor q, int? dim=None, bool keepdim=False, *, str interpolation="linear") -> Tensor
 * aten::quantile.scalar(Tensor self, float q, int? dim=None, bool keepdim=False, *, str interpolation="linear") -> Tensor
 */
export function quantile(self: Tensor, q: Tensor, opts?: { dim?: number | null; keepdim?: boolean; interpolation?: string }): Tensor;
export function quantile(self: Tensor, q: number, opts?: { dim?: number | null; keepdim?: boolean; interpolation?: string }): Tensor;
export function quantile(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(638), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::quantize_per_channel(Tensor self, Tensor scales, Tensor zero_points, int axis, ScalarType dtype) -> Tensor
 */
export function quantizePerChannel(self: Tensor, scales: Tensor, zeroPoints: Tensor, axis: number, dtype: DType): Tensor;
export function quantizePerChannel(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(639), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::quantize_per_tensor(Tensor self, float scale, int zero_point, ScalarType dtype) -> Tensor
 * aten::quantize_per_tensor.tensor_qparams(Tensor self, Tensor scale, Tensor zero_point, ScalarType dtype) -> Tensor
 * aten::quantize_per_tensor.tensors(Tensor[] tensors, Tensor scales, Tensor zero_points, ScalarType dtype) -> Tensor[]
 */
export function quantizePerTensor(self: Tensor, scale: number, zeroPoint: number, dtype: DType): Tensor;
export function quantizePerTensor(self: Tensor, scale: Tensor, zeroPoint: Tensor, dtype: DType): Tensor;
export function quantizePerTensor(tensors: Tensor[], scales: Tensor, zeroPoints: Tensor, dtype: DType): Tensor[];
export function quantizePerTensor(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return native.call(op(640), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)) as any;
}

/**
 * aten::quantize_per_tensor_dynamic(Tensor self, ScalarType dtype, bool reduce_range) -> Tensor
 */
export function quantizePerTensorDynamic(self: Tensor, dtype: DType, reduceRange: boolean): Tensor;
export function quantizePerTensorDynamic(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(641), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::rad2deg(Tensor self) -> Tensor
 */
export function rad2deg(self: Tensor): Tensor;
export function rad2deg(a0?: unknown): any {
  return $t(native.call1(op(642), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::rad2deg_(Tensor(a!) self) -> Tensor(a!)
 */
export function rad2deg_(self: Tensor): Tensor;
export function rad2deg_(a0?: unknown): any {
  native.call1(op(643), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::rand(int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::rand.generator(int[] size, *, Generator? generator, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function rand(size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function rand(size: number[], opts?: { generator?: null; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function rand(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(644), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::rand_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
 */
export function randLike(self: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
export function randLike(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(645), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::randint(int high, int[] size, *, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::randint.generator(int high, int[] size, *, Generator? generator, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::randint.low(int low, int high, int[] size, *, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::randint.low_generator(int low, int high, int[] size, *, Generator? generator, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function randint(high: number, size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function randint(high: number, size: number[], opts?: { generator?: null; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function randint(low: number, high: number, size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function randint(low: number, high: number, size: number[], opts?: { generator?: null; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function randint(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(646), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::randint_like(Tensor self, int high, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
 * aten::randint_like.low_dtype(Tensor self, int low, int high, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
 */
export function randintLike(self: Tensor, high: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
export function randintLike(self: Tensor, low: number, high: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
export function randintLike(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(647), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::randn(int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::randn.generator(int[] size, *, Generator? generator, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function randn(size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function randn(size: number[], opts?: { generator?: null; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function randn(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(648), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::randn_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
 */
export function randnLike(self: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
export function randnLike(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(649), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::random(Tensor self, *, Generator? generator=None) -> Tensor
 * aten::random.from(Tensor self, int from, int? to, *, Generator? generator=None) -> Tensor
 * aten::random.to(Tensor self, int to, *, Generator? generator=None) -> Tensor
 */
export function random(self: Tensor, opts?: { generator?: null }): Tensor;
export function random(self: Tensor, from: number, to: number | null, opts?: { generator?: null }): Tensor;
export function random(self: Tensor, to: number, opts?: { generator?: null }): Tensor;
export function random(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(650), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::random_(Tensor(a!) self, *, Generator? generator=None) -> Tensor(a!)
 * aten::random_.from(Tensor(a!) self, int from, int? to, *, Generator? generator=None) -> Tensor(a!)
 * aten::random_.to(Tensor(a!) self, int to, *, Generator? generator=None) -> Tensor(a!)
 */
export function random_(self: Tensor, opts?: { generator?: null }): Tensor;
export function random_(self: Tensor, from: number, to: number | null, opts?: { generator?: null }): Tensor;
export function random_(self: Tensor, to: number, opts?: { generator?: null }): Tensor;
export function random_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(651), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::randperm(int n, *, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::randperm.generator(int n, *, Generator? generator, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function randperm(n: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function randperm(n: number, opts?: { generator?: null; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function randperm(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(652), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::range(Scalar start, Scalar end, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::range.step(Scalar start, Scalar end, Scalar step=1, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function range(start: Scalar, end: Scalar, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function range(start: Scalar, end: Scalar, opts?: { step?: Scalar; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function range(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(653), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::ravel(Tensor(a) self) -> Tensor(a)
 */
export function ravel(self: Tensor): Tensor;
export function ravel(a0?: unknown): any {
  return $t(native.call1(op(654), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::real(Tensor(a) self) -> Tensor(a)
 */
export function real(self: Tensor): Tensor;
export function real(a0?: unknown): any {
  return $t(native.call1(op(655), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::reciprocal(Tensor self) -> Tensor
 */
export function reciprocal(self: Tensor): Tensor;
export function reciprocal(a0?: unknown): any {
  return $t(native.call1(op(656), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::reciprocal_(Tensor(a!) self) -> Tensor(a!)
 */
export function reciprocal_(self: Tensor): Tensor;
export function reciprocal_(a0?: unknown): any {
  native.call1(op(657), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::reflection_pad1d(Tensor self, int[2] padding) -> Tensor
 */
export function reflectionPad1d(self: Tensor, padding: number | number[]): Tensor;
export function reflectionPad1d(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(658), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::reflection_pad2d(Tensor self, int[4] padding) -> Tensor
 */
export function reflectionPad2d(self: Tensor, padding: number | number[]): Tensor;
export function reflectionPad2d(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(659), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::reflection_pad3d(Tensor self, int[6] padding) -> Tensor
 */
export function reflectionPad3d(self: Tensor, padding: number | number[]): Tensor;
export function reflectionPad3d(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(660), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::relu(Tensor self) -> Tensor
 */
export function relu(self: Tensor): Tensor;
export function relu(a0?: unknown): any {
  return $t(native.call1(op(661), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::relu6(Tensor self) -> Tensor
 */
export function relu6(self: Tensor): Tensor;
export function relu6(a0?: unknown): any {
  return $t(native.call1(op(662), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::relu6_(Tensor(a!) self) -> Tensor(a!)
 */
export function relu6_(self: Tensor): Tensor;
export function relu6_(a0?: unknown): any {
  native.call1(op(663), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::relu_(Tensor(a!) self) -> Tensor(a!)
 */
export function relu_(self: Tensor): Tensor;
export function relu_(a0?: unknown): any {
  native.call1(op(664), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::remainder.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::remainder.Scalar_Tensor(Scalar self, Tensor other) -> Tensor
 * aten::remainder.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function remainder(self: Tensor, other: Scalar): Tensor;
export function remainder(self: Scalar, other: Tensor): Tensor;
export function remainder(self: Tensor, other: Tensor): Tensor;
export function remainder(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(665), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::remainder_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::remainder_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function remainder_(self: Tensor, other: Scalar): Tensor;
export function remainder_(self: Tensor, other: Tensor): Tensor;
export function remainder_(a0?: unknown, a1?: unknown): any {
  native.call1(op(666), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::renorm(Tensor self, Scalar p, int dim, Scalar maxnorm) -> Tensor
 */
export function renorm(self: Tensor, p: Scalar, dim: number, maxnorm: Scalar): Tensor;
export function renorm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(667), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::renorm_(Tensor(a!) self, Scalar p, int dim, Scalar maxnorm) -> Tensor(a!)
 */
export function renorm_(self: Tensor, p: Scalar, dim: number, maxnorm: Scalar): Tensor;
export function renorm_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(668), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::repeat(Tensor self, SymInt[] repeats) -> Tensor
 */
export function repeat(self: Tensor, repeats: number[]): Tensor;
export function repeat(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(669), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::repeat_interleave.Tensor(Tensor repeats, *, int? output_size=None) -> Tensor
 * aten::repeat_interleave.self_Tensor(Tensor self, Tensor repeats, int? dim=None, *, int? output_size=None) -> Tensor
 * aten::repeat_interleave.self_int(Tensor self, int repeats, int? dim=None, *, int? output_size=None) -> Tensor
 */
export function repeatInterleave(repeats: Tensor, opts?: { outputSize?: number | null }): Tensor;
export function repeatInterleave(self: Tensor, repeats: Tensor, opts?: { dim?: number | null; outputSize?: number | null }): Tensor;
export function repeatInterleave(self: Tensor, repeats: number, opts?: { dim?: number | null; outputSize?: number | null }): Tensor;
export function repeatInterleave(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(670), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::replication_pad1d(Tensor self, int[2] padding) -> Tensor
 */
export function replicationPad1d(self: Tensor, padding: number | number[]): Tensor;
export function replicationPad1d(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(671), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::replication_pad2d(Tensor self, int[4] padding) -> Tensor
 */
export function replicationPad2d(self: Tensor, padding: number | number[]): Tensor;
export function replicationPad2d(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(672), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::replication_pad3d(Tensor self, int[6] padding) -> Tensor
 */
export function replicationPad3d(self: Tensor, padding: number | number[]): Tensor;
export function replicationPad3d(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(673), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::requires_grad_(Tensor(a!) self, bool requires_grad=True) -> Tensor(a!)
 */
export function requiresGrad_(self: Tensor, opts?: { requiresGrad?: boolean }): Tensor;
export function requiresGrad_(a0?: unknown, a1?: unknown): any {
  native.call1(op(674), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::reshape(Tensor(a) self, SymInt[] shape) -> Tensor(a)
 */
export function reshape(self: Tensor, shape: number[]): Tensor;
export function reshape(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(675), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::reshape_as(Tensor(a) self, Tensor other) -> Tensor(a)
 */
export function reshapeAs(self: Tensor, other: Tensor): Tensor;
export function reshapeAs(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(676), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::resize(Tensor self, SymInt[] size, *, MemoryFormat? memory_format=None) -> Tensor
 */
export function resize(self: Tensor, size: number[], opts?: { memoryFormat?: MemoryFormat | null }): Tensor;
export function resize(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(677), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::resize_(Tensor(a!) self, SymInt[] size, *, MemoryFormat? memory_format=None) -> Tensor(a!)
 */
export function resize_(self: Tensor, size: number[], opts?: { memoryFormat?: MemoryFormat | null }): Tensor;
export function resize_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(678), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::resize_as(Tensor self, Tensor the_template, *, MemoryFormat? memory_format=None) -> Tensor
 */
export function resizeAs(self: Tensor, theTemplate: Tensor, opts?: { memoryFormat?: MemoryFormat | null }): Tensor;
export function resizeAs(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(679), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::resize_as_(Tensor(a!) self, Tensor the_template, *, MemoryFormat? memory_format=None) -> Tensor(a!)
 */
export function resizeAs_(self: Tensor, theTemplate: Tensor, opts?: { memoryFormat?: MemoryFormat | null }): Tensor;
export function resizeAs_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(680), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::resize_as_sparse(Tensor self, Tensor the_template) -> Tensor
 */
export function resizeAsSparse(self: Tensor, theTemplate: Tensor): Tensor;
export function resizeAsSparse(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(681), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::resize_as_sparse_(Tensor(a!) self, Tensor the_template) -> Tensor(a!)
 */
export function resizeAsSparse_(self: Tensor, theTemplate: Tensor): Tensor;
export function resizeAsSparse_(a0?: unknown, a1?: unknown): any {
  native.call1(op(682), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::resolve_conj(Tensor(a) self) -> Tensor(a)
 */
export function resolveConj(self: Tensor): Tensor;
export function resolveConj(a0?: unknown): any {
  return $t(native.call1(op(683), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::resolve_neg(Tensor(a) self) -> Tensor(a)
 */
export function resolveNeg(self: Tensor): Tensor;
export function resolveNeg(a0?: unknown): any {
  return $t(native.call1(op(684), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::result_type.Scalar(Tensor tensor, Scalar other) -> ScalarType
 * aten::result_type.Scalar_Scalar(Scalar scalar1, Scalar scalar2) -> ScalarType
 * aten::result_type.Scalar_Tensor(Scalar scalar, Tensor tensor) -> ScalarType
 * aten::result_type.Tensor(Tensor tensor, Tensor other) -> ScalarType
 */
export function resultType(tensor: Tensor, other: Scalar): DType;
export function resultType(scalar1: Scalar, scalar2: Scalar): DType;
export function resultType(scalar: Scalar, tensor: Tensor): DType;
export function resultType(tensor: Tensor, other: Tensor): DType;
export function resultType(a0?: unknown, a1?: unknown): any {
  return native.call(op(685), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::retain_grad(Tensor(a!) self) -> ()
 */
export function retainGrad(self: Tensor): void;
export function retainGrad(a0?: unknown): any {
  return native.call(op(686), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::retains_grad(Tensor self) -> bool
 */
export function retainsGrad(self: Tensor): boolean;
export function retainsGrad(a0?: unknown): any {
  return native.call(op(687), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::rnn_relu.data(Tensor data, Tensor batch_sizes, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional) -> (Tensor, Tensor)
 * aten::rnn_relu.input(Tensor input, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first) -> (Tensor, Tensor)
 */
export function rnnRelu(data: Tensor, batchSizes: Tensor, hx: Tensor, params: Tensor[], hasBiases: boolean, numLayers: number, dropout: number, train: boolean, bidirectional: boolean): [Tensor, Tensor];
export function rnnRelu(input: Tensor, hx: Tensor, params: Tensor[], hasBiases: boolean, numLayers: number, dropout: number, train: boolean, bidirectional: boolean, batchFirst: boolean): [Tensor, Tensor];
export function rnnRelu(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown): any {
  return native.call(op(688), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | $m(a8, 256) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7), $h(a8)) as any;
}

/**
 * aten::rnn_relu_cell(Tensor input, Tensor hx, Tensor w_ih, Tensor w_hh, Tensor? b_ih=None, Tensor? b_hh=None) -> Tensor
 */
export function rnnReluCell(input: Tensor, hx: Tensor, wIh: Tensor, wHh: Tensor, opts?: { bIh?: Tensor | null; bHh?: Tensor | null }): Tensor;
export function rnnReluCell(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(689), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::rnn_tanh.data(Tensor data, Tensor batch_sizes, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional) -> (Tensor, Tensor)
 * aten::rnn_tanh.input(Tensor input, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first) -> (Tensor, Tensor)
 */
export function rnnTanh(data: Tensor, batchSizes: Tensor, hx: Tensor, params: Tensor[], hasBiases: boolean, numLayers: number, dropout: number, train: boolean, bidirectional: boolean): [Tensor, Tensor];
export function rnnTanh(input: Tensor, hx: Tensor, params: Tensor[], hasBiases: boolean, numLayers: number, dropout: number, train: boolean, bidirectional: boolean, batchFirst: boolean): [Tensor, Tensor];
export function rnnTanh(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown): any {
  return native.call(op(690), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | $m(a8, 256) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7), $h(a8)) as any;
}

/**
 * aten::rnn_tanh_cell(Tensor input, Tensor hx, Tensor w_ih, Tensor w_hh, Tensor? b_ih=None, Tensor? b_hh=None) -> Tensor
 */
export function rnnTanhCell(input: Tensor, hx: Tensor, wIh: Tensor, wHh: Tensor, opts?: { bIh?: Tensor | null; bHh?: Tensor | null }): Tensor;
export function rnnTanhCell(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(691), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::roll(Tensor self, int[1] shifts, int[1] dims=[]) -> Tensor
 */
export function roll(self: Tensor, shifts: number | number[], opts?: { dims?: number | number[] }): Tensor;
export function roll(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(692), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::rot90(Tensor self, int k=1, int[] dims=[0, 1]) -> Tensor
 */
export function rot90(self: Tensor, opts?: { k?: number; dims?: number[] }): Tensor;
export function rot90(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(693), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::round(Tensor self) -> Tensor
 * aten::round.decimals(Tensor self, *, int decimals) -> Tensor
 */
export function round(self: Tensor): Tensor;
export function round(self: Tensor, decimals: number): Tensor;
export function round(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(694), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::round_(Tensor(a!) self) -> Tensor(a!)
 * aten::round_.decimals(Tensor(a!) self, *, int decimals) -> Tensor(a!)
 */
export function round_(self: Tensor): Tensor;
export function round_(self: Tensor, decimals: number): Tensor;
export function round_(a0?: unknown, a1?: unknown): any {
  native.call1(op(695), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::row_indices(Tensor(a) self) -> Tensor(a)
 */
export function rowIndices(self: Tensor): Tensor;
export function rowIndices(a0?: unknown): any {
  return $t(native.call1(op(696), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::row_indices_copy(Tensor self) -> Tensor
 */
export function rowIndicesCopy(self: Tensor): Tensor;
export function rowIndicesCopy(a0?: unknown): any {
  return $t(native.call1(op(697), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::row_stack(Tensor[] tensors) -> Tensor
 */
export function rowStack(tensors: Tensor[]): Tensor;
export function rowStack(a0?: unknown): any {
  return $t(native.call1(op(698), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::rrelu(Tensor self, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor
 */
export function rrelu(self: Tensor, opts?: { lower?: Scalar; upper?: Scalar; training?: boolean; generator?: null }): Tensor;
export function rrelu(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(699), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::rrelu_(Tensor(a!) self, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor(a!)
 */
export function rrelu_(self: Tensor, opts?: { lower?: Scalar; upper?: Scalar; training?: boolean; generator?: null }): Tensor;
export function rrelu_(a0?: unknown, a1?: unknown): any {
  native.call1(op(700), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::rrelu_with_noise(Tensor self, Tensor noise, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor
 */
export function rreluWithNoise(self: Tensor, noise: Tensor, opts?: { lower?: Scalar; upper?: Scalar; training?: boolean; generator?: null }): Tensor;
export function rreluWithNoise(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(701), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::rrelu_with_noise_(Tensor(a!) self, Tensor noise, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor(a!)
 */
export function rreluWithNoise_(self: Tensor, noise: Tensor, opts?: { lower?: Scalar; upper?: Scalar; training?: boolean; generator?: null }): Tensor;
export function rreluWithNoise_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(702), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::rsqrt(Tensor self) -> Tensor
 */
export function rsqrt(self: Tensor): Tensor;
export function rsqrt(a0?: unknown): any {
  return $t(native.call1(op(703), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::rsqrt_(Tensor(a!) self) -> Tensor(a!)
 */
export function rsqrt_(self: Tensor): Tensor;
export function rsqrt_(a0?: unknown): any {
  native.call1(op(704), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::rsub.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor
 * aten::rsub.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor
 */
export function rsub(self: Tensor, other: Scalar, opts?: { alpha?: Scalar }): Tensor;
export function rsub(self: Tensor, other: Tensor, opts?: { alpha?: Scalar }): Tensor;
export function rsub(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(705), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::scalar_tensor(Scalar s, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function scalarTensor(s: Scalar, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function scalarTensor(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(706), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::scatter.dimname_src(Tensor self, str dim, Tensor index, Tensor src) -> Tensor
 * aten::scatter.dimname_value(Tensor self, str dim, Tensor index, Scalar value) -> Tensor
 * aten::scatter.reduce(Tensor self, int dim, Tensor index, Tensor src, *, str reduce) -> Tensor
 * aten::scatter.src(Tensor self, int dim, Tensor index, Tensor src) -> Tensor
 * aten::scatter.value(Tensor self, int dim, Tensor index, Scalar value) -> Tensor
 * aten::scatter.value_reduce(Tensor self, int dim, Tensor index, Scalar value, *, str reduce) -> Tensor
 */
export function scatter(self: Tensor, dim: string, index: Tensor, src: Tensor): Tensor;
export function scatter(self: Tensor, dim: string, index: Tensor, value: Scalar): Tensor;
export function scatter(self: Tensor, dim: number, index: Tensor, src: Tensor, reduce: string): Tensor;
export function scatter(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor;
export function scatter(self: Tensor, dim: number, index: Tensor, value: Scalar): Tensor;
export function scatter(self: Tensor, dim: number, index: Tensor, value: Scalar, reduce: string): Tensor;
export function scatter(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(707), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::scatter_.reduce(Tensor(a!) self, int dim, Tensor index, Tensor src, *, str reduce) -> Tensor(a!)
 * aten::scatter_.src(Tensor(a!) self, int dim, Tensor index, Tensor src) -> Tensor(a!)
 * aten::scatter_.value(Tensor(a!) self, int dim, Tensor index, Scalar value) -> Tensor(a!)
 * aten::scatter_.value_reduce(Tensor(a!) self, int dim, Tensor index, Scalar value, *, str reduce) -> Tensor(a!)
 */
export function scatter_(self: Tensor, dim: number, index: Tensor, src: Tensor, reduce: string): Tensor;
export function scatter_(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor;
export function scatter_(self: Tensor, dim: number, index: Tensor, value: Scalar): Tensor;
export function scatter_(self: Tensor, dim: number, index: Tensor, value: Scalar, reduce: string): Tensor;
export function scatter_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  native.call1(op(708), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)); return a0 as Tensor;
}

/**
 * aten::scatter_add(Tensor self, int dim, Tensor index, Tensor src) -> Tensor
 * aten::scatter_add.dimname(Tensor self, str dim, Tensor index, Tensor src) -> Tensor
 */
export function scatterAdd(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor;
export function scatterAdd(self: Tensor, dim: string, index: Tensor, src: Tensor): Tensor;
export function scatterAdd(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(709), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::scatter_add_(Tensor(a!) self, int dim, Tensor index, Tensor src) -> Tensor(a!)
 */
export function scatterAdd_(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor;
export function scatterAdd_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(710), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::scatter_reduce.two(Tensor self, int dim, Tensor index, Tensor src, str reduce, *, bool include_self=True) -> Tensor
 */
export function scatterReduce(self: Tensor, dim: number, index: Tensor, src: Tensor, reduce: string, opts?: { includeSelf?: boolean }): Tensor;
export function scatterReduce(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown): any {
  return $t(native.call1(op(711), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)));
}

/**
 * aten::scatter_reduce_.two(Tensor(a!) self, int dim, Tensor index, Tensor src, str reduce, *, bool include_self=True) -> Tensor(a!)
 */
export function scatterReduce_(self: Tensor, dim: number, index: Tensor, src: Tensor, reduce: string, opts?: { includeSelf?: boolean }): Tensor;
export function scatterReduce_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown): any {
  native.call1(op(712), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)); return a0 as Tensor;
}

/**
 * aten::searchsorted.Scalar(Tensor sorted_sequence, Scalar self, *, bool out_int32=False, bool right=False, str? side=None, Tensor? sorter=None) -> Tensor
 * aten::searchsorted.Tensor(Tensor sorted_sequence, Tensor self, *, bool out_int32=False, bool right=False, str? side=None, Tensor? sorter=None) -> Tensor
 */
export function searchsorted(sortedSequence: Tensor, self: Scalar, opts?: { outInt32?: boolean; right?: boolean; side?: string | null; sorter?: Tensor | null }): Tensor;
export function searchsorted(sortedSequence: Tensor, self: Tensor, opts?: { outInt32?: boolean; right?: boolean; side?: string | null; sorter?: Tensor | null }): Tensor;
export function searchsorted(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(713), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::segment_reduce(Tensor data, str reduce, *, Tensor? lengths=None, Tensor? indices=None, Tensor? offsets=None, int axis=0, bool unsafe=False, Scalar? initial=None) -> Tensor
 */
export function segmentReduce(data: Tensor, reduce: string, opts?: { lengths?: Tensor | null; indices?: Tensor | null; offsets?: Tensor | null; axis?: number; unsafe?: boolean; initial?: Scalar | null }): Tensor;
export function segmentReduce(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(714), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::select.int(Tensor(a) self, int dim, int index) -> Tensor(a)
 */
export function select(self: Tensor, dim: number, index: number): Tensor;
export function select(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(715), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::select_copy.int(Tensor self, int dim, int index) -> Tensor
 */
export function selectCopy(self: Tensor, dim: number, index: number): Tensor;
export function selectCopy(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(716), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::select_scatter(Tensor self, Tensor src, int dim, int index) -> Tensor
 */
export function selectScatter(self: Tensor, src: Tensor, dim: number, index: number): Tensor;
export function selectScatter(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(717), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::selu(Tensor self) -> Tensor
 */
export function selu(self: Tensor): Tensor;
export function selu(a0?: unknown): any {
  return $t(native.call1(op(718), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::selu_(Tensor(a!) self) -> Tensor(a!)
 */
export function selu_(self: Tensor): Tensor;
export function selu_(a0?: unknown): any {
  native.call1(op(719), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::set(Tensor self) -> Tensor
 * aten::set.source_Tensor(Tensor self, Tensor source) -> Tensor
 */
export function set(self: Tensor): Tensor;
export function set(self: Tensor, source: Tensor): Tensor;
export function set(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(720), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::set_(Tensor(a!) self) -> Tensor(a!)
 * aten::set_.source_Tensor(Tensor(a!) self, Tensor source) -> Tensor(a!)
 * aten::set_.source_Tensor_storage_offset(Tensor(a!) self, Tensor source, SymInt storage_offset, SymInt[] size, SymInt[] stride=[]) -> Tensor(a!)
 */
export function set_(self: Tensor): Tensor;
export function set_(self: Tensor, source: Tensor): Tensor;
export function set_(self: Tensor, source: Tensor, storageOffset: number, size: number[], opts?: { stride?: number[] }): Tensor;
export function set_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  native.call1(op(721), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)); return a0 as Tensor;
}

/**
 * aten::set_data(Tensor(a!) self, Tensor new_data) -> ()
 */
export function setData(self: Tensor, newData: Tensor): void;
export function setData(a0?: unknown, a1?: unknown): any {
  return native.call(op(722), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::sgn(Tensor self) -> Tensor
 */
export function sgn(self: Tensor): Tensor;
export function sgn(a0?: unknown): any {
  return $t(native.call1(op(723), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::sgn_(Tensor(a!) self) -> Tensor(a!)
 */
export function sgn_(self: Tensor): Tensor;
export function sgn_(a0?: unknown): any {
  native.call1(op(724), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::sigmoid(Tensor self) -> Tensor
 */
export function sigmoid(self: Tensor): Tensor;
export function sigmoid(a0?: unknown): any {
  return $t(native.call1(op(725), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::sigmoid_(Tensor(a!) self) -> Tensor(a!)
 */
export function sigmoid_(self: Tensor): Tensor;
export function sigmoid_(a0?: unknown): any {
  native.call1(op(726), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::sign(Tensor self) -> Tensor
 */
export function sign(self: Tensor): Tensor;
export function sign(a0?: unknown): any {
  return $t(native.call1(op(727), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::sign_(Tensor(a!) self) -> Tensor(a!)
 */
export function sign_(self: Tensor): Tensor;
export function sign_(a0?: unknown): any {
  native.call1(op(728), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::signbit(Tensor self) -> Tensor
 */
export function signbit(self: Tensor): Tensor;
export function signbit(a0?: unknown): any {
  return $t(native.call1(op(729), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::silu(Tensor self) -> Tensor
 */
export function silu(self: Tensor): Tensor;
export function silu(a0?: unknown): any {
  return $t(native.call1(op(730), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::silu_(Tensor(a!) self) -> Tensor(a!)
 */
export function silu_(self: Tensor): Tensor;
export function silu_(a0?: unknown): any {
  native.call1(op(731), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::sin(Tensor self) -> Tensor
 */
export function sin(self: Tensor): Tensor;
export function sin(a0?: unknown): any {
  return $t(native.call1(op(732), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::sin_(Tensor(a!) self) -> Tensor(a!)
 */
export function sin_(self: Tensor): Tensor;
export function sin_(a0?: unknown): any {
  native.call1(op(733), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::sinc(Tensor self) -> Tensor
 */
export function sinc(self: Tensor): Tensor;
export function sinc(a0?: unknown): any {
  return $t(native.call1(op(734), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::sinc_(Tensor(a!) self) -> Tensor(a!)
 */
export function sinc_(self: Tensor): Tensor;
export function sinc_(a0?: unknown): any {
  native.call1(op(735), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::sinh(Tensor self) -> Tensor
 */
export function sinh(self: Tensor): Tensor;
export function sinh(a0?: unknown): any {
  return $t(native.call1(op(736), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::sinh_(Tensor(a!) self) -> Tensor(a!)
 */
export function sinh_(self: Tensor): Tensor;
export function sinh_(a0?: unknown): any {
  native.call1(op(737), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::size.int(Tensor self, int dim) -> int
 */
export function size(self: Tensor, dim: number): number;
export function size(a0?: unknown, a1?: unknown): any {
  return native.call(op(738), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::slice.Tensor(Tensor(a) self, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1) -> Tensor(a)
 */
export function slice(self: Tensor, opts?: { dim?: number; start?: number | null; end?: number | null; step?: number }): Tensor;
export function slice(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(739), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::slice_copy.Tensor(Tensor self, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1) -> Tensor
 */
export function sliceCopy(self: Tensor, opts?: { dim?: number; start?: number | null; end?: number | null; step?: number }): Tensor;
export function sliceCopy(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(740), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::slice_scatter(Tensor self, Tensor src, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1) -> Tensor
 */
export function sliceScatter(self: Tensor, src: Tensor, opts?: { dim?: number; start?: number | null; end?: number | null; step?: number }): Tensor;
export function sliceScatter(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(741), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::slogdet(Tensor self) -> (Tensor sign, Tensor logabsdet)
 */
export function slogdet(self: Tensor): [Tensor, Tensor];
export function slogdet(a0?: unknown): any {
  return native.call(op(742), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::slow_conv3d(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias=None, int[3] stride=1, int[3] padding=0) -> Tensor
 */
export function slowConv3d(self: Tensor, weight: Tensor, kernelSize: number | number[], opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[] }): Tensor;
export function slowConv3d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(743), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::slow_conv_dilated2d(Tensor self, Tensor weight, int[2] kernel_size, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] dilation=1) -> Tensor
 */
export function slowConvDilated2d(self: Tensor, weight: Tensor, kernelSize: number | number[], opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[] }): Tensor;
export function slowConvDilated2d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(744), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::slow_conv_dilated3d(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias=None, int[3] stride=1, int[3] padding=0, int[3] dilation=1) -> Tensor
 */
export function slowConvDilated3d(self: Tensor, weight: Tensor, kernelSize: number | number[], opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[] }): Tensor;
export function slowConvDilated3d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(745), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::slow_conv_transpose2d(Tensor self, Tensor weight, int[2] kernel_size, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] output_padding=0, int[2] dilation=1) -> Tensor
 */
export function slowConvTranspose2d(self: Tensor, weight: Tensor, kernelSize: number | number[], opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; outputPadding?: number | number[]; dilation?: number | number[] }): Tensor;
export function slowConvTranspose2d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(746), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::slow_conv_transpose3d(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias=None, int[3] stride=1, int[3] padding=0, int[3] output_padding=0, int[3] dilation=1) -> Tensor
 */
export function slowConvTranspose3d(self: Tensor, weight: Tensor, kernelSize: number | number[], opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; outputPadding?: number | number[]; dilation?: number | number[] }): Tensor;
export function slowConvTranspose3d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(747), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::smm(Tensor self, Tensor mat2) -> Tensor
 */
export function smm(self: Tensor, mat2: Tensor): Tensor;
export function smm(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(748), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::smooth_l1_loss(Tensor self, Tensor target, int reduction=1, float beta=1.) -> Tensor
 */
export function smoothL1Loss(self: Tensor, target: Tensor, opts?: { reduction?: number; beta?: number }): Tensor;
export function smoothL1Loss(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(749), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::soft_margin_loss(Tensor self, Tensor target, int reduction=1) -> Tensor
 */
export function softMarginLoss(self: Tensor, target: Tensor, opts?: { reduction?: number }): Tensor;
export function softMarginLoss(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(750), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::softmax.int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor
 */
export function softmax(self: Tensor, dim: number, opts?: { dtype?: DType | null }): Tensor;
export function softmax(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(751), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor
 */
export function softplus(self: Tensor, opts?: { beta?: Scalar; threshold?: Scalar }): Tensor;
export function softplus(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(752), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::softshrink(Tensor self, Scalar lambd=0.5) -> Tensor
 */
export function softshrink(self: Tensor, opts?: { lambd?: Scalar }): Tensor;
export function softshrink(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(753), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::sort(Tensor self, int dim=-1, bool descending=False) -> (Tensor values, Tensor indices)
 * aten::sort.dimname(Tensor self, str dim, bool descending=False) -> (Tensor values, Tensor indices)
 * aten::sort.dimname_stable(Tensor self, *, bool? stable, str dim, bool descending=False) -> (Tensor values, Tensor indices)
 * aten::sort.stable(Tensor self, *, bool? stable, int dim=-1, bool descending=False) -> (Tensor values, Tensor indices)
 */
export function sort(self: Tensor, opts?: { dim?: number; descending?: boolean }): [Tensor, Tensor];
export function sort(self: Tensor, dim: string, opts?: { descending?: boolean }): [Tensor, Tensor];
export function sort(self: Tensor, dim: string, opts?: { stable?: boolean | null; descending?: boolean }): [Tensor, Tensor];
export function sort(self: Tensor, opts?: { stable?: boolean | null; dim?: number; descending?: boolean }): [Tensor, Tensor];
export function sort(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(754), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::sparse_bsc_tensor.ccol_row_value(Tensor ccol_indices, Tensor row_indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor
 * aten::sparse_bsc_tensor.ccol_row_value_size(Tensor ccol_indices, Tensor row_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor
 */
export function sparseBscTensor(ccolIndices: Tensor, rowIndices: Tensor, values: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseBscTensor(ccolIndices: Tensor, rowIndices: Tensor, values: Tensor, size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseBscTensor(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(755), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::sparse_bsr_tensor.crow_col_value(Tensor crow_indices, Tensor col_indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor
 * aten::sparse_bsr_tensor.crow_col_value_size(Tensor crow_indices, Tensor col_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor
 */
export function sparseBsrTensor(crowIndices: Tensor, colIndices: Tensor, values: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseBsrTensor(crowIndices: Tensor, colIndices: Tensor, values: Tensor, size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseBsrTensor(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(756), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::sparse_compressed_tensor.comp_plain_value(Tensor compressed_indices, Tensor plain_indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor
 * aten::sparse_compressed_tensor.comp_plain_value_size(Tensor compressed_indices, Tensor plain_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor
 */
export function sparseCompressedTensor(compressedIndices: Tensor, plainIndices: Tensor, values: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseCompressedTensor(compressedIndices: Tensor, plainIndices: Tensor, values: Tensor, size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseCompressedTensor(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(757), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::sparse_coo_tensor.indices(Tensor indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::sparse_coo_tensor.indices_size(Tensor indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 * aten::sparse_coo_tensor.size(int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor
 */
export function sparseCooTensor(indices: Tensor, values: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseCooTensor(indices: Tensor, values: Tensor, size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseCooTensor(size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseCooTensor(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(758), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::sparse_csc_tensor.ccol_row_value(Tensor ccol_indices, Tensor row_indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor
 * aten::sparse_csc_tensor.ccol_row_value_size(Tensor ccol_indices, Tensor row_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor
 */
export function sparseCscTensor(ccolIndices: Tensor, rowIndices: Tensor, values: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseCscTensor(ccolIndices: Tensor, rowIndices: Tensor, values: Tensor, size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseCscTensor(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(759), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::sparse_csr_tensor.crow_col_value(Tensor crow_indices, Tensor col_indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor
 * aten::sparse_csr_tensor.crow_col_value_size(Tensor crow_indices, Tensor col_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor
 */
export function sparseCsrTensor(crowIndices: Tensor, colIndices: Tensor, values: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseCsrTensor(crowIndices: Tensor, colIndices: Tensor, values: Tensor, size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function sparseCsrTensor(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown): any {
  return $t(native.call1(op(760), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3), $h(a4)));
}

/**
 * aten::sparse_dim(Tensor self) -> int
 */
export function sparseDim(self: Tensor): number;
export function sparseDim(a0?: unknown): any {
  return native.call(op(761), $m(a0, 1) | (arguments.length << 24), $h(a0)) as any;
}

/**
 * aten::sparse_mask(Tensor self, Tensor mask) -> Tensor
 */
export function sparseMask(self: Tensor, mask: Tensor): Tensor;
export function sparseMask(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(762), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::sparse_resize(Tensor self, int[] size, int sparse_dim, int dense_dim) -> Tensor
 */
export function sparseResize(self: Tensor, size: number[], sparseDim: number, denseDim: number): Tensor;
export function sparseResize(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(763), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::sparse_resize_(Tensor(a!) self, int[] size, int sparse_dim, int dense_dim) -> Tensor(a!)
 */
export function sparseResize_(self: Tensor, size: number[], sparseDim: number, denseDim: number): Tensor;
export function sparseResize_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(764), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::sparse_resize_and_clear(Tensor self, int[] size, int sparse_dim, int dense_dim) -> Tensor
 */
export function sparseResizeAndClear(self: Tensor, size: number[], sparseDim: number, denseDim: number): Tensor;
export function sparseResizeAndClear(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(765), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::sparse_resize_and_clear_(Tensor(a!) self, int[] size, int sparse_dim, int dense_dim) -> Tensor(a!)
 */
export function sparseResizeAndClear_(self: Tensor, size: number[], sparseDim: number, denseDim: number): Tensor;
export function sparseResizeAndClear_(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  native.call1(op(766), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)); return a0 as Tensor;
}

/**
 * aten::sparse_sampled_addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor
 */
export function sparseSampledAddmm(self: Tensor, mat1: Tensor, mat2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
export function sparseSampledAddmm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(767), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::special_airy_ai(Tensor x) -> Tensor
 */
export function specialAiryAi(x: Tensor): Tensor;
export function specialAiryAi(a0?: unknown): any {
  return $t(native.call1(op(768), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_bessel_j0(Tensor self) -> Tensor
 */
export function specialBesselJ0(self: Tensor): Tensor;
export function specialBesselJ0(a0?: unknown): any {
  return $t(native.call1(op(769), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_bessel_j1(Tensor self) -> Tensor
 */
export function specialBesselJ1(self: Tensor): Tensor;
export function specialBesselJ1(a0?: unknown): any {
  return $t(native.call1(op(770), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_bessel_y0(Tensor self) -> Tensor
 */
export function specialBesselY0(self: Tensor): Tensor;
export function specialBesselY0(a0?: unknown): any {
  return $t(native.call1(op(771), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_bessel_y1(Tensor self) -> Tensor
 */
export function specialBesselY1(self: Tensor): Tensor;
export function specialBesselY1(a0?: unknown): any {
  return $t(native.call1(op(772), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_chebyshev_polynomial_t(Tensor x, Tensor n) -> Tensor
 * aten::special_chebyshev_polynomial_t.n_scalar(Tensor x, Scalar n) -> Tensor
 * aten::special_chebyshev_polynomial_t.x_scalar(Scalar x, Tensor n) -> Tensor
 */
export function specialChebyshevPolynomialT(x: Tensor, n: Tensor): Tensor;
export function specialChebyshevPolynomialT(x: Tensor, n: Scalar): Tensor;
export function specialChebyshevPolynomialT(x: Scalar, n: Tensor): Tensor;
export function specialChebyshevPolynomialT(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(773), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_chebyshev_polynomial_u(Tensor x, Tensor n) -> Tensor
 * aten::special_chebyshev_polynomial_u.n_scalar(Tensor x, Scalar n) -> Tensor
 * aten::special_chebyshev_polynomial_u.x_scalar(Scalar x, Tensor n) -> Tensor
 */
export function specialChebyshevPolynomialU(x: Tensor, n: Tensor): Tensor;
export function specialChebyshevPolynomialU(x: Tensor, n: Scalar): Tensor;
export function specialChebyshevPolynomialU(x: Scalar, n: Tensor): Tensor;
export function specialChebyshevPolynomialU(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(774), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_chebyshev_polynomial_v(Tensor x, Tensor n) -> Tensor
 * aten::special_chebyshev_polynomial_v.n_scalar(Tensor x, Scalar n) -> Tensor
 * aten::special_chebyshev_polynomial_v.x_scalar(Scalar x, Tensor n) -> Tensor
 */
export function specialChebyshevPolynomialV(x: Tensor, n: Tensor): Tensor;
export function specialChebyshevPolynomialV(x: Tensor, n: Scalar): Tensor;
export function specialChebyshevPolynomialV(x: Scalar, n: Tensor): Tensor;
export function specialChebyshevPolynomialV(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(775), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_chebyshev_polynomial_w(Tensor x, Tensor n) -> Tensor
 * aten::special_chebyshev_polynomial_w.n_scalar(Tensor x, Scalar n) -> Tensor
 * aten::special_chebyshev_polynomial_w.x_scalar(Scalar x, Tensor n) -> Tensor
 */
export function specialChebyshevPolynomialW(x: Tensor, n: Tensor): Tensor;
export function specialChebyshevPolynomialW(x: Tensor, n: Scalar): Tensor;
export function specialChebyshevPolynomialW(x: Scalar, n: Tensor): Tensor;
export function specialChebyshevPolynomialW(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(776), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_digamma(Tensor self) -> Tensor
 */
export function specialDigamma(self: Tensor): Tensor;
export function specialDigamma(a0?: unknown): any {
  return $t(native.call1(op(777), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_entr(Tensor self) -> Tensor
 */
export function specialEntr(self: Tensor): Tensor;
export function specialEntr(a0?: unknown): any {
  return $t(native.call1(op(778), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_erf(Tensor self) -> Tensor
 */
export function specialErf(self: Tensor): Tensor;
export function specialErf(a0?: unknown): any {
  return $t(native.call1(op(779), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_erfc(Tensor self) -> Tensor
 */
export function specialErfc(self: Tensor): Tensor;
export function specialErfc(a0?: unknown): any {
  return $t(native.call1(op(780), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_erfcx(Tensor self) -> Tensor
 */
export function specialErfcx(self: Tensor): Tensor;
export function specialErfcx(a0?: unknown): any {
  return $t(native.call1(op(781), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_erfinv(Tensor self) -> Tensor
 */
export function specialErfinv(self: Tensor): Tensor;
export function specialErfinv(a0?: unknown): any {
  return $t(native.call1(op(782), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_exp2(Tensor self) -> Tensor
 */
export function specialExp2(self: Tensor): Tensor;
export function specialExp2(a0?: unknown): any {
  return $t(native.call1(op(783), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_expit(Tensor self) -> Tensor
 */
export function specialExpit(self: Tensor): Tensor;
export function specialExpit(a0?: unknown): any {
  return $t(native.call1(op(784), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_expm1(Tensor self) -> Tensor
 */
export function specialExpm1(self: Tensor): Tensor;
export function specialExpm1(a0?: unknown): any {
  return $t(native.call1(op(785), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_gammainc(Tensor self, Tensor other) -> Tensor
 */
export function specialGammainc(self: Tensor, other: Tensor): Tensor;
export function specialGammainc(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(786), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_gammaincc(Tensor self, Tensor other) -> Tensor
 */
export function specialGammaincc(self: Tensor, other: Tensor): Tensor;
export function specialGammaincc(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(787), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_gammaln(Tensor self) -> Tensor
 */
export function specialGammaln(self: Tensor): Tensor;
export function specialGammaln(a0?: unknown): any {
  return $t(native.call1(op(788), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_hermite_polynomial_h(Tensor x, Tensor n) -> Tensor
 * aten::special_hermite_polynomial_h.n_scalar(Tensor x, Scalar n) -> Tensor
 * aten::special_hermite_polynomial_h.x_scalar(Scalar x, Tensor n) -> Tensor
 */
export function specialHermitePolynomialH(x: Tensor, n: Tensor): Tensor;
export function specialHermitePolynomialH(x: Tensor, n: Scalar): Tensor;
export function specialHermitePolynomialH(x: Scalar, n: Tensor): Tensor;
export function specialHermitePolynomialH(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(789), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_hermite_polynomial_he(Tensor x, Tensor n) -> Tensor
 * aten::special_hermite_polynomial_he.n_scalar(Tensor x, Scalar n) -> Tensor
 * aten::special_hermite_polynomial_he.x_scalar(Scalar x, Tensor n) -> Tensor
 */
export function specialHermitePolynomialHe(x: Tensor, n: Tensor): Tensor;
export function specialHermitePolynomialHe(x: Tensor, n: Scalar): Tensor;
export function specialHermitePolynomialHe(x: Scalar, n: Tensor): Tensor;
export function specialHermitePolynomialHe(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(790), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_i0(Tensor self) -> Tensor
 */
export function specialI0(self: Tensor): Tensor;
export function specialI0(a0?: unknown): any {
  return $t(native.call1(op(791), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_i0e(Tensor self) -> Tensor
 */
export function specialI0e(self: Tensor): Tensor;
export function specialI0e(a0?: unknown): any {
  return $t(native.call1(op(792), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_i1(Tensor self) -> Tensor
 */
export function specialI1(self: Tensor): Tensor;
export function specialI1(a0?: unknown): any {
  return $t(native.call1(op(793), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_i1e(Tensor self) -> Tensor
 */
export function specialI1e(self: Tensor): Tensor;
export function specialI1e(a0?: unknown): any {
  return $t(native.call1(op(794), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_laguerre_polynomial_l(Tensor x, Tensor n) -> Tensor
 * aten::special_laguerre_polynomial_l.n_scalar(Tensor x, Scalar n) -> Tensor
 * aten::special_laguerre_polynomial_l.x_scalar(Scalar x, Tensor n) -> Tensor
 */
export function specialLaguerrePolynomialL(x: Tensor, n: Tensor): Tensor;
export function specialLaguerrePolynomialL(x: Tensor, n: Scalar): Tensor;
export function specialLaguerrePolynomialL(x: Scalar, n: Tensor): Tensor;
export function specialLaguerrePolynomialL(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(795), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_legendre_polynomial_p(Tensor x, Tensor n) -> Tensor
 * aten::special_legendre_polynomial_p.n_scalar(Tensor x, Scalar n) -> Tensor
 * aten::special_legendre_polynomial_p.x_scalar(Scalar x, Tensor n) -> Tensor
 */
export function specialLegendrePolynomialP(x: Tensor, n: Tensor): Tensor;
export function specialLegendrePolynomialP(x: Tensor, n: Scalar): Tensor;
export function specialLegendrePolynomialP(x: Scalar, n: Tensor): Tensor;
export function specialLegendrePolynomialP(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(796), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_log1p(Tensor self) -> Tensor
 */
export function specialLog1p(self: Tensor): Tensor;
export function specialLog1p(a0?: unknown): any {
  return $t(native.call1(op(797), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_log_ndtr(Tensor self) -> Tensor
 */
export function specialLogNdtr(self: Tensor): Tensor;
export function specialLogNdtr(a0?: unknown): any {
  return $t(native.call1(op(798), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_log_softmax(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor
 */
export function specialLogSoftmax(self: Tensor, dim: number, opts?: { dtype?: DType | null }): Tensor;
export function specialLogSoftmax(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(799), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::special_logit(Tensor self, float? eps=None) -> Tensor
 */
export function specialLogit(self: Tensor, opts?: { eps?: number | null }): Tensor;
export function specialLogit(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(800), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_logsumexp(Tensor self, int[1] dim, bool keepdim=False) -> Tensor
 */
export function specialLogsumexp(self: Tensor, dim: number | number[], opts?: { keepdim?: boolean }): Tensor;
export function specialLogsumexp(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(801), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::special_modified_bessel_i0(Tensor self) -> Tensor
 */
export function specialModifiedBesselI0(self: Tensor): Tensor;
export function specialModifiedBesselI0(a0?: unknown): any {
  return $t(native.call1(op(802), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_modified_bessel_i1(Tensor self) -> Tensor
 */
export function specialModifiedBesselI1(self: Tensor): Tensor;
export function specialModifiedBesselI1(a0?: unknown): any {
  return $t(native.call1(op(803), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_modified_bessel_k0(Tensor self) -> Tensor
 */
export function specialModifiedBesselK0(self: Tensor): Tensor;
export function specialModifiedBesselK0(a0?: unknown): any {
  return $t(native.call1(op(804), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_modified_bessel_k1(Tensor self) -> Tensor
 */
export function specialModifiedBesselK1(self: Tensor): Tensor;
export function specialModifiedBesselK1(a0?: unknown): any {
  return $t(native.call1(op(805), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_multigammaln(Tensor self, int p) -> Tensor
 */
export function specialMultigammaln(self: Tensor, p: number): Tensor;
export function specialMultigammaln(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(806), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_ndtr(Tensor self) -> Tensor
 */
export function specialNdtr(self: Tensor): Tensor;
export function specialNdtr(a0?: unknown): any {
  return $t(native.call1(op(807), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_ndtri(Tensor self) -> Tensor
 */
export function specialNdtri(self: Tensor): Tensor;
export function specialNdtri(a0?: unknown): any {
  return $t(native.call1(op(808), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_polygamma(int n, Tensor self) -> Tensor
 */
export function specialPolygamma(n: number, self: Tensor): Tensor;
export function specialPolygamma(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(809), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_psi(Tensor self) -> Tensor
 */
export function specialPsi(self: Tensor): Tensor;
export function specialPsi(a0?: unknown): any {
  return $t(native.call1(op(810), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_round(Tensor self, *, int decimals=0) -> Tensor
 */
export function specialRound(self: Tensor, opts?: { decimals?: number }): Tensor;
export function specialRound(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(811), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_scaled_modified_bessel_k0(Tensor x) -> Tensor
 */
export function specialScaledModifiedBesselK0(x: Tensor): Tensor;
export function specialScaledModifiedBesselK0(a0?: unknown): any {
  return $t(native.call1(op(812), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_scaled_modified_bessel_k1(Tensor x) -> Tensor
 */
export function specialScaledModifiedBesselK1(x: Tensor): Tensor;
export function specialScaledModifiedBesselK1(a0?: unknown): any {
  return $t(native.call1(op(813), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_shifted_chebyshev_polynomial_t(Tensor x, Tensor n) -> Tensor
 * aten::special_shifted_chebyshev_polynomial_t.n_scalar(Tensor x, Scalar n) -> Tensor
 * aten::special_shifted_chebyshev_polynomial_t.x_scalar(Scalar x, Tensor n) -> Tensor
 */
export function specialShiftedChebyshevPolynomialT(x: Tensor, n: Tensor): Tensor;
export function specialShiftedChebyshevPolynomialT(x: Tensor, n: Scalar): Tensor;
export function specialShiftedChebyshevPolynomialT(x: Scalar, n: Tensor): Tensor;
export function specialShiftedChebyshevPolynomialT(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(814), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_shifted_chebyshev_polynomial_u(Tensor x, Tensor n) -> Tensor
 * aten::special_shifted_chebyshev_polynomial_u.n_scalar(Tensor x, Scalar n) -> Tensor
 * aten::special_shifted_chebyshev_polynomial_u.x_scalar(Scalar x, Tensor n) -> Tensor
 */
export function specialShiftedChebyshevPolynomialU(x: Tensor, n: Tensor): Tensor;
export function specialShiftedChebyshevPolynomialU(x: Tensor, n: Scalar): Tensor;
export function specialShiftedChebyshevPolynomialU(x: Scalar, n: Tensor): Tensor;
export function specialShiftedChebyshevPolynomialU(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(815), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_shifted_chebyshev_polynomial_v(Tensor x, Tensor n) -> Tensor
 * aten::special_shifted_chebyshev_polynomial_v.n_scalar(Tensor x, Scalar n) -> Tensor
 * aten::special_shifted_chebyshev_polynomial_v.x_scalar(Scalar x, Tensor n) -> Tensor
 */
export function specialShiftedChebyshevPolynomialV(x: Tensor, n: Tensor): Tensor;
export function specialShiftedChebyshevPolynomialV(x: Tensor, n: Scalar): Tensor;
export function specialShiftedChebyshevPolynomialV(x: Scalar, n: Tensor): Tensor;
export function specialShiftedChebyshevPolynomialV(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(816), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_shifted_chebyshev_polynomial_w(Tensor x, Tensor n) -> Tensor
 * aten::special_shifted_chebyshev_polynomial_w.n_scalar(Tensor x, Scalar n) -> Tensor
 * aten::special_shifted_chebyshev_polynomial_w.x_scalar(Scalar x, Tensor n) -> Tensor
 */
export function specialShiftedChebyshevPolynomialW(x: Tensor, n: Tensor): Tensor;
export function specialShiftedChebyshevPolynomialW(x: Tensor, n: Scalar): Tensor;
export function specialShiftedChebyshevPolynomialW(x: Scalar, n: Tensor): Tensor;
export function specialShiftedChebyshevPolynomialW(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(817), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_sinc(Tensor self) -> Tensor
 */
export function specialSinc(self: Tensor): Tensor;
export function specialSinc(a0?: unknown): any {
  return $t(native.call1(op(818), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor
 */
export function specialSoftmax(self: Tensor, dim: number, opts?: { dtype?: DType | null }): Tensor;
export function specialSoftmax(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(819), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::special_spherical_bessel_j0(Tensor x) -> Tensor
 */
export function specialSphericalBesselJ0(x: Tensor): Tensor;
export function specialSphericalBesselJ0(a0?: unknown): any {
  return $t(native.call1(op(820), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::special_xlog1py(Tensor self, Tensor other) -> Tensor
 * aten::special_xlog1py.other_scalar(Tensor self, Scalar other) -> Tensor
 * aten::special_xlog1py.self_scalar(Scalar self, Tensor other) -> Tensor
 */
export function specialXlog1py(self: Tensor, other: Tensor): Tensor;
export function specialXlog1py(self: Tensor, other: Scalar): Tensor;
export function specialXlog1py(self: Scalar, other: Tensor): Tensor;
export function specialXlog1py(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(821), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_xlogy(Tensor self, Tensor other) -> Tensor
 * aten::special_xlogy.other_scalar(Tensor self, Scalar other) -> Tensor
 * aten::special_xlogy.self_scalar(Scalar self, Tensor other) -> Tensor
 */
export function specialXlogy(self: Tensor, other: Tensor): Tensor;
export function specialXlogy(self: Tensor, other: Scalar): Tensor;
export function specialXlogy(self: Scalar, other: Tensor): Tensor;
export function specialXlogy(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(822), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::special_zeta(Tensor self, Tensor other) -> Tensor
 * aten::special_zeta.other_scalar(Tensor self, Scalar other) -> Tensor
 * aten::special_zeta.self_scalar(Scalar self, Tensor other) -> Tensor
 */
export function specialZeta(self: Tensor, other: Tensor): Tensor;
export function specialZeta(self: Tensor, other: Scalar): Tensor;
export function specialZeta(self: Scalar, other: Tensor): Tensor;
export function specialZeta(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(823), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::split.Tensor(Tensor(a -> *) self, int split_size, int dim=0) -> Tensor(a)[]
 * aten::split.sizes(Tensor(a -> *) self, int[] split_size, int dim=0) -> Tensor(a)[]
 */
export function split(self: Tensor, splitSize: number, opts?: { dim?: number }): Tensor[];
export function split(self: Tensor, splitSize: number[], opts?: { dim?: number }): Tensor[];
export function split(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(824), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::split_copy.Tensor(Tensor self, int split_size, int dim=0) -> Tensor[]
 */
export function splitCopy(self: Tensor, splitSize: number, opts?: { dim?: number }): Tensor[];
export function splitCopy(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(825), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::split_with_sizes(Tensor(a -> *) self, int[] split_sizes, int dim=0) -> Tensor(a)[]
 */
export function splitWithSizes(self: Tensor, splitSizes: number[], opts?: { dim?: number }): Tensor[];
export function splitWithSizes(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(826), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::split_with_sizes_copy(Tensor self, int[] split_sizes, int dim=0) -> Tensor[]
 */
export function splitWithSizesCopy(self: Tensor, splitSizes: number[], opts?: { dim?: number }): Tensor[];
export function splitWithSizesCopy(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(827), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::sqrt(Tensor self) -> Tensor
 */
export function sqrt(self: Tensor): Tensor;
export function sqrt(a0?: unknown): any {
  return $t(native.call1(op(828), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::sqrt_(Tensor(a!) self) -> Tensor(a!)
 */
export function sqrt_(self: Tensor): Tensor;
export function sqrt_(a0?: unknown): any {
  native.call1(op(829), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::square(Tensor self) -> Tensor
 */
export function square(self: Tensor): Tensor;
export function square(a0?: unknown): any {
  return $t(native.call1(op(830), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::square_(Tensor(a!) self) -> Tensor(a!)
 */
export function square_(self: Tensor): Tensor;
export function square_(a0?: unknown): any {
  native.call1(op(831), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::squeeze(Tensor(a) self) -> Tensor(a)
 * aten::squeeze.dim(Tensor(a) self, int dim) -> Tensor(a)
 * aten::squeeze.dimname(Tensor(a) self, str dim) -> Tensor(a)
 */
export function squeeze(self: Tensor): Tensor;
export function squeeze(self: Tensor, dim: number): Tensor;
export function squeeze(self: Tensor, dim: string): Tensor;
export function squeeze(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(832), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::squeeze_(Tensor(a!) self) -> Tensor(a!)
 * aten::squeeze_.dim(Tensor(a!) self, int dim) -> Tensor(a!)
 * aten::squeeze_.dimname(Tensor(a!) self, str dim) -> Tensor(a!)
 */
export function squeeze_(self: Tensor): Tensor;
export function squeeze_(self: Tensor, dim: number): Tensor;
export function squeeze_(self: Tensor, dim: string): Tensor;
export function squeeze_(a0?: unknown, a1?: unknown): any {
  native.call1(op(833), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::squeeze_copy(Tensor self) -> Tensor
 * aten::squeeze_copy.dim(Tensor self, int dim) -> Tensor
 */
export function squeezeCopy(self: Tensor): Tensor;
export function squeezeCopy(self: Tensor, dim: number): Tensor;
export function squeezeCopy(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(834), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::sspaddmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor
 */
export function sspaddmm(self: Tensor, mat1: Tensor, mat2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
export function sspaddmm(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(835), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::stack(Tensor[] tensors, int dim=0) -> Tensor
 */
export function stack(tensors: Tensor[], opts?: { dim?: number }): Tensor;
export function stack(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(836), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::std(Tensor self, bool unbiased=True) -> Tensor
 * aten::std.correction(Tensor self, int[1]? dim, *, int? correction, bool keepdim=False) -> Tensor
 * aten::std.dim(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False) -> Tensor
 */
export function std(self: Tensor, opts?: { unbiased?: boolean }): Tensor;
export function std(self: Tensor, dim: number | number[] | null, opts?: { correction?: number | null; keepdim?: boolean }): Tensor;
export function std(self: Tensor, dim: number | number[] | null, opts?: { unbiased?: boolean; keepdim?: boolean }): Tensor;
export function std(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(837), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::std_mean(Tensor self, bool unbiased=True) -> (Tensor, Tensor)
 * aten::std_mean.correction(Tensor self, int[1]? dim, *, int? correction, bool keepdim=False) -> (Tensor, Tensor)
 * aten::std_mean.dim(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False) -> (Tensor, Tensor)
 */
export function stdMean(self: Tensor, opts?: { unbiased?: boolean }): [Tensor, Tensor];
export function stdMean(self: Tensor, dim: number | number[] | null, opts?: { correction?: number | null; keepdim?: boolean }): [Tensor, Tensor];
export function stdMean(self: Tensor, dim: number | number[] | null, opts?: { unbiased?: boolean; keepdim?: boolean }): [Tensor, Tensor];
export function stdMean(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(838), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::stft(Tensor self, int n_fft, int? hop_length=None, int? win_length=None, Tensor? window=None, bool normalized=False, bool? onesided=None, bool? return_complex=None) -> Tensor
 * aten::stft.center(Tensor self, int n_fft, int? hop_length=None, int? win_length=None, Tensor? window=None, bool center=True, str pad_mode="reflect", bool normalized=False, bool? onesided=None, bool? return_complex=None) -> Tensor
 */
export function stft(self: Tensor, nFft: number, opts?: { hopLength?: number | null; winLength?: number | null; window?: Tensor | null; normalized?: boolean; onesided?: boolean | null; returnComplex?: boolean | null }): Tensor;
export function stft(self: Tensor, nFft: number, opts?: { hopLength?: number | null; winLength?: number | null; window?: Tensor | null; center?: boolean; padMode?: string; normalized?: boolean; onesided?: boolean | null; returnComplex?: boolean | null }): Tensor;
export function stft(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(839), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::stride.int(Tensor self, int dim) -> int
 */
export function stride(self: Tensor, dim: number): number;
export function stride(a0?: unknown, a1?: unknown): any {
  return native.call(op(840), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::sub.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor
 * aten::sub.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor
 */
export function sub(self: Tensor, other: Scalar, opts?: { alpha?: Scalar }): Tensor;
export function sub(self: Tensor, other: Tensor, opts?: { alpha?: Scalar }): Tensor;
export function sub(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(841), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::sub_.Scalar(Tensor(a!) self, Scalar other, Scalar alpha=1) -> Tensor(a!)
 * aten::sub_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)
 */
export function sub_(self: Tensor, other: Scalar, opts?: { alpha?: Scalar }): Tensor;
export function sub_(self: Tensor, other: Tensor, opts?: { alpha?: Scalar }): Tensor;
export function sub_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(842), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::subtract.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor
 * aten::subtract.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor
 */
export function subtract(self: Tensor, other: Scalar, opts?: { alpha?: Scalar }): Tensor;
export function subtract(self: Tensor, other: Tensor, opts?: { alpha?: Scalar }): Tensor;
export function subtract(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(843), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::subtract_.Scalar(Tensor(a!) self, Scalar other, Scalar alpha=1) -> Tensor(a!)
 * aten::subtract_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)
 */
export function subtract_(self: Tensor, other: Scalar, opts?: { alpha?: Scalar }): Tensor;
export function subtract_(self: Tensor, other: Tensor, opts?: { alpha?: Scalar }): Tensor;
export function subtract_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(844), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::sum(Tensor self, *, ScalarType? dtype=None) -> Tensor
 * aten::sum.dim_IntList(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
 */
export function sum(self: Tensor, opts?: { dtype?: DType | null }): Tensor;
export function sum(self: Tensor, dim: number | number[] | null, opts?: { keepdim?: boolean; dtype?: DType | null }): Tensor;
export function sum(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(845), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::sum_to_size(Tensor self, int[] size) -> Tensor
 */
export function sumToSize(self: Tensor, size: number[]): Tensor;
export function sumToSize(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(846), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::svd(Tensor self, bool some=True, bool compute_uv=True) -> (Tensor U, Tensor S, Tensor V)
 */
export function svd(self: Tensor, opts?: { some?: boolean; computeUv?: boolean }): [Tensor, Tensor, Tensor];
export function svd(a0?: unknown, a1?: unknown): any {
  return native.call(op(847), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::swapaxes(Tensor(a) self, int axis0, int axis1) -> Tensor(a)
 */
export function swapaxes(self: Tensor, axis0: number, axis1: number): Tensor;
export function swapaxes(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(848), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::swapaxes_(Tensor(a!) self, int axis0, int axis1) -> Tensor(a!)
 */
export function swapaxes_(self: Tensor, axis0: number, axis1: number): Tensor;
export function swapaxes_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(849), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::swapdims(Tensor(a) self, int dim0, int dim1) -> Tensor(a)
 */
export function swapdims(self: Tensor, dim0: number, dim1: number): Tensor;
export function swapdims(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(850), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::swapdims_(Tensor(a!) self, int dim0, int dim1) -> Tensor(a!)
 */
export function swapdims_(self: Tensor, dim0: number, dim1: number): Tensor;
export function swapdims_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(851), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::symeig(Tensor self, bool eigenvectors=False, bool upper=True) -> (Tensor eigenvalues, Tensor eigenvectors)
 */
export function symeig(self: Tensor, opts?: { eigenvectors?: boolean; upper?: boolean }): [Tensor, Tensor];
export function symeig(a0?: unknown, a1?: unknown): any {
  return native.call(op(852), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::t(Tensor(a) self) -> Tensor(a)
 */
export function t(self: Tensor): Tensor;
export function t(a0?: unknown): any {
  return $t(native.call1(op(853), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::t_(Tensor(a!) self) -> Tensor(a!)
 */
export function t_(self: Tensor): Tensor;
export function t_(a0?: unknown): any {
  native.call1(op(854), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::t_copy(Tensor self) -> Tensor
 */
export function tCopy(self: Tensor): Tensor;
export function tCopy(a0?: unknown): any {
  return $t(native.call1(op(855), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::take(Tensor self, Tensor index) -> Tensor
 */
export function take(self: Tensor, index: Tensor): Tensor;
export function take(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(856), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::take_along_dim(Tensor self, Tensor indices, int? dim=None) -> Tensor
 */
export function takeAlongDim(self: Tensor, indices: Tensor, opts?: { dim?: number | null }): Tensor;
export function takeAlongDim(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(857), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::tan(Tensor self) -> Tensor
 */
export function tan(self: Tensor): Tensor;
export function tan(a0?: unknown): any {
  return $t(native.call1(op(858), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::tan_(Tensor(a!) self) -> Tensor(a!)
 */
export function tan_(self: Tensor): Tensor;
export function tan_(a0?: unknown): any {
  native.call1(op(859), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::tanh(Tensor self) -> Tensor
 */
export function tanh(self: Tensor): Tensor;
export function tanh(a0?: unknown): any {
  return $t(native.call1(op(860), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::tanh_(Tensor(a!) self) -> Tensor(a!)
 */
export function tanh_(self: Tensor): Tensor;
export function tanh_(a0?: unknown): any {
  native.call1(op(861), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::tensor_split.indices(Tensor(a -> *) self, int[] indices, int dim=0) -> Tensor(a)[]
 * aten::tensor_split.sections(Tensor(a -> *) self, int sections, int dim=0) -> Tensor(a)[]
 * aten::tensor_split.tensor_indices_or_sections(Tensor(a -> *) self, Tensor tensor_indices_or_sections, int dim=0) -> Tensor(a)[]
 */
export function tensorSplit(self: Tensor, indices: number[], opts?: { dim?: number }): Tensor[];
export function tensorSplit(self: Tensor, sections: number, opts?: { dim?: number }): Tensor[];
export function tensorSplit(self: Tensor, tensorIndicesOrSections: Tensor, opts?: { dim?: number }): Tensor[];
export function tensorSplit(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(862), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::tensordot(Tensor self, Tensor other, int[] dims_self, int[] dims_other) -> Tensor
 */
export function tensordot(self: Tensor, other: Tensor, dimsSelf: number[], dimsOther: number[]): Tensor;
export function tensordot(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(863), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::thnn_conv2d(Tensor self, Tensor weight, int[2] kernel_size, Tensor? bias=None, int[2] stride=1, int[2] padding=0) -> Tensor
 */
export function thnnConv2d(self: Tensor, weight: Tensor, kernelSize: number | number[], opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[] }): Tensor;
export function thnnConv2d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(864), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::threshold(Tensor self, Scalar threshold, Scalar value) -> Tensor
 */
export function threshold(self: Tensor, threshold: Scalar, value: Scalar): Tensor;
export function threshold(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(865), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::threshold_(Tensor(a!) self, Scalar threshold, Scalar value) -> Tensor(a!)
 */
export function threshold_(self: Tensor, threshold: Scalar, value: Scalar): Tensor;
export function threshold_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(866), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::tile(Tensor self, int[] dims) -> Tensor
 */
export function tile(self: Tensor, dims: number[]): Tensor;
export function tile(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(867), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::to.device(Tensor(a) self, Device device, ScalarType dtype, bool non_blocking=False, bool copy=False, MemoryFormat? memory_format=None) -> Tensor(a)
 * aten::to.dtype(Tensor(a) self, ScalarType dtype, bool non_blocking=False, bool copy=False, MemoryFormat? memory_format=None) -> Tensor(a)
 * aten::to.dtype_layout(Tensor(a) self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, bool non_blocking=False, bool copy=False, MemoryFormat? memory_format=None) -> Tensor(a)
 * aten::to.other(Tensor(a) self, Tensor other, bool non_blocking=False, bool copy=False, MemoryFormat? memory_format=None) -> Tensor(a)
 */
export function to(self: Tensor, device: string, dtype: DType, opts?: { nonBlocking?: boolean; copy?: boolean; memoryFormat?: MemoryFormat | null }): Tensor;
export function to(self: Tensor, dtype: DType, opts?: { nonBlocking?: boolean; copy?: boolean; memoryFormat?: MemoryFormat | null }): Tensor;
export function to(self: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; nonBlocking?: boolean; copy?: boolean; memoryFormat?: MemoryFormat | null }): Tensor;
export function to(self: Tensor, other: Tensor, opts?: { nonBlocking?: boolean; copy?: boolean; memoryFormat?: MemoryFormat | null }): Tensor;
export function to(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(868), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::to_dense(Tensor self, ScalarType? dtype=None) -> Tensor
 */
export function toDense(self: Tensor, opts?: { dtype?: DType | null }): Tensor;
export function toDense(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(869), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::to_mkldnn(Tensor self, ScalarType? dtype=None) -> Tensor
 */
export function toMkldnn(self: Tensor, opts?: { dtype?: DType | null }): Tensor;
export function toMkldnn(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(870), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::to_padded_tensor(Tensor self, float padding, int[]? output_size=None) -> Tensor
 */
export function toPaddedTensor(self: Tensor, padding: number, opts?: { outputSize?: number[] | null }): Tensor;
export function toPaddedTensor(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(871), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::to_sparse(Tensor self) -> Tensor
 * aten::to_sparse.sparse_dim(Tensor self, int sparse_dim) -> Tensor
 */
export function toSparse(self: Tensor): Tensor;
export function toSparse(self: Tensor, sparseDim: number): Tensor;
export function toSparse(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(872), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::to_sparse_bsc(Tensor self, int[2] blocksize) -> Tensor
 */
export function toSparseBsc(self: Tensor, blocksize: number | number[]): Tensor;
export function toSparseBsc(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(873), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::to_sparse_bsr(Tensor self, int[2] blocksize) -> Tensor
 */
export function toSparseBsr(self: Tensor, blocksize: number | number[]): Tensor;
export function toSparseBsr(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(874), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::to_sparse_csc(Tensor self) -> Tensor
 */
export function toSparseCsc(self: Tensor): Tensor;
export function toSparseCsc(a0?: unknown): any {
  return $t(native.call1(op(875), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::to_sparse_csr(Tensor self) -> Tensor
 */
export function toSparseCsr(self: Tensor): Tensor;
export function toSparseCsr(a0?: unknown): any {
  return $t(native.call1(op(876), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)
 */
export function topk(self: Tensor, k: number, opts?: { dim?: number; largest?: boolean; sorted?: boolean }): [Tensor, Tensor];
export function topk(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(877), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::trace(Tensor self) -> Tensor
 */
export function trace(self: Tensor): Tensor;
export function trace(a0?: unknown): any {
  return $t(native.call1(op(878), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::transpose.int(Tensor(a) self, int dim0, int dim1) -> Tensor(a)
 */
export function transpose(self: Tensor, dim0: number, dim1: number): Tensor;
export function transpose(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(879), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::transpose_(Tensor(a!) self, int dim0, int dim1) -> Tensor(a!)
 */
export function transpose_(self: Tensor, dim0: number, dim1: number): Tensor;
export function transpose_(a0?: unknown, a1?: unknown, a2?: unknown): any {
  native.call1(op(880), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)); return a0 as Tensor;
}

/**
 * aten::transpose_copy.int(Tensor self, int dim0, int dim1) -> Tensor
 */
export function transposeCopy(self: Tensor, dim0: number, dim1: number): Tensor;
export function transposeCopy(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(881), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::trapezoid.dx(Tensor y, *, Scalar dx=1, int dim=-1) -> Tensor
 * aten::trapezoid.x(Tensor y, Tensor x, *, int dim=-1) -> Tensor
 */
export function trapezoid(y: Tensor, opts?: { dx?: Scalar; dim?: number }): Tensor;
export function trapezoid(y: Tensor, x: Tensor, opts?: { dim?: number }): Tensor;
export function trapezoid(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(882), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::trapz.dx(Tensor y, *, float dx=1., int dim=-1) -> Tensor
 * aten::trapz.x(Tensor y, Tensor x, *, int dim=-1) -> Tensor
 */
export function trapz(y: Tensor, opts?: { dx?: number; dim?: number }): Tensor;
export function trapz(y: Tensor, x: Tensor, opts?: { dim?: number }): Tensor;
export function trapz(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(883), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::triangular_solve(Tensor self, Tensor A, bool upper=True, bool transpose=False, bool unitriangular=False) -> (Tensor solution, Tensor cloned_coefficient)
 */
export function triangularSolve(self: Tensor, A: Tensor, opts?: { upper?: boolean; transpose?: boolean; unitriangular?: boolean }): [Tensor, Tensor];
export function triangularSolve(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(884), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::tril(Tensor self, int diagonal=0) -> Tensor
 */
export function tril(self: Tensor, opts?: { diagonal?: number }): Tensor;
export function tril(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(885), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::tril_(Tensor(a!) self, int diagonal=0) -> Tensor(a!)
 */
export function tril_(self: Tensor, opts?: { diagonal?: number }): Tensor;
export function tril_(a0?: unknown, a1?: unknown): any {
  native.call1(op(886), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::tril_indices(int row, int col, int offset=0, *, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function trilIndices(row: number, col: number, opts?: { offset?: number; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function trilIndices(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(887), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::triplet_margin_loss(Tensor anchor, Tensor positive, Tensor negative, float margin=1., float p=2., float eps=9.9999999999999995e-07, bool swap=False, int reduction=1) -> Tensor
 */
export function tripletMarginLoss(anchor: Tensor, positive: Tensor, negative: Tensor, opts?: { margin?: number; p?: number; eps?: number; swap?: boolean; reduction?: number }): Tensor;
export function tripletMarginLoss(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(888), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::triu(Tensor self, int diagonal=0) -> Tensor
 */
export function triu(self: Tensor, opts?: { diagonal?: number }): Tensor;
export function triu(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(889), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::triu_(Tensor(a!) self, int diagonal=0) -> Tensor(a!)
 */
export function triu_(self: Tensor, opts?: { diagonal?: number }): Tensor;
export function triu_(a0?: unknown, a1?: unknown): any {
  native.call1(op(890), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::triu_indices(int row, int col, int offset=0, *, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function triuIndices(row: number, col: number, opts?: { offset?: number; dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function triuIndices(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(891), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::true_divide.Scalar(Tensor self, Scalar other) -> Tensor
 * aten::true_divide.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function trueDivide(self: Tensor, other: Scalar): Tensor;
export function trueDivide(self: Tensor, other: Tensor): Tensor;
export function trueDivide(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(892), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::true_divide_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::true_divide_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function trueDivide_(self: Tensor, other: Scalar): Tensor;
export function trueDivide_(self: Tensor, other: Tensor): Tensor;
export function trueDivide_(a0?: unknown, a1?: unknown): any {
  native.call1(op(893), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::trunc(Tensor self) -> Tensor
 */
export function trunc(self: Tensor): Tensor;
export function trunc(a0?: unknown): any {
  return $t(native.call1(op(894), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::trunc_(Tensor(a!) self) -> Tensor(a!)
 */
export function trunc_(self: Tensor): Tensor;
export function trunc_(a0?: unknown): any {
  native.call1(op(895), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::type_as(Tensor self, Tensor other) -> Tensor
 */
export function typeAs(self: Tensor, other: Tensor): Tensor;
export function typeAs(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(896), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::unbind.int(Tensor(a -> *) self, int dim=0) -> Tensor(a)[]
 */
export function unbind(self: Tensor, opts?: { dim?: number }): Tensor[];
export function unbind(a0?: unknown, a1?: unknown): any {
  return native.call(op(897), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::unbind_copy.int(Tensor self, int dim=0) -> Tensor[]
 */
export function unbindCopy(self: Tensor, opts?: { dim?: number }): Tensor[];
export function unbindCopy(a0?: unknown, a1?: unknown): any {
  return native.call(op(898), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::unflatten.int(Tensor(a) self, int dim, int[] sizes) -> Tensor(a)
 */
export function unflatten(self: Tensor, dim: number, sizes: number[]): Tensor;
export function unflatten(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(899), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::unflatten_dense_tensors(Tensor flat, Tensor[] tensors) -> Tensor[]
 */
export function unflattenDenseTensors(flat: Tensor, tensors: Tensor[]): Tensor[];
export function unflattenDenseTensors(a0?: unknown, a1?: unknown): any {
  return native.call(op(900), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::unfold(Tensor(a) self, int dimension, int size, int step) -> Tensor(a)
 */
export function unfold(self: Tensor, dimension: number, size: number, step: number): Tensor;
export function unfold(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(901), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::unfold_copy(Tensor self, int dimension, int size, int step) -> Tensor
 */
export function unfoldCopy(self: Tensor, dimension: number, size: number, step: number): Tensor;
export function unfoldCopy(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(902), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::uniform(Tensor self, float from=0., float to=1., *, Generator? generator=None) -> Tensor
 */
export function uniform(self: Tensor, opts?: { from?: number; to?: number; generator?: null }): Tensor;
export function uniform(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(903), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::uniform_(Tensor(a!) self, float from=0., float to=1., *, Generator? generator=None) -> Tensor(a!)
 */
export function uniform_(self: Tensor, opts?: { from?: number; to?: number; generator?: null }): Tensor;
export function uniform_(a0?: unknown, a1?: unknown): any {
  native.call1(op(904), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::unique_consecutive(Tensor self, bool return_inverse=False, bool return_counts=False, int? dim=None) -> (Tensor, Tensor, Tensor)
 */
export function uniqueConsecutive(self: Tensor, opts?: { returnInverse?: boolean; returnCounts?: boolean; dim?: number | null }): [Tensor, Tensor, Tensor];
export function uniqueConsecutive(a0?: unknown, a1?: unknown): any {
  return native.call(op(905), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::unique_dim(Tensor self, int dim, bool sorted=True, bool return_inverse=False, bool return_counts=False) -> (Tensor, Tensor, Tensor)
 */
export function uniqueDim(self: Tensor, dim: number, opts?: { sorted?: boolean; returnInverse?: boolean; returnCounts?: boolean }): [Tensor, Tensor, Tensor];
export function uniqueDim(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(906), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::unique_dim_consecutive(Tensor self, int dim, bool return_inverse=False, bool return_counts=False) -> (Tensor, Tensor, Tensor)
 */
export function uniqueDimConsecutive(self: Tensor, dim: number, opts?: { returnInverse?: boolean; returnCounts?: boolean }): [Tensor, Tensor, Tensor];
export function uniqueDimConsecutive(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(907), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::unsafe_chunk(Tensor self, int chunks, int dim=0) -> Tensor[]
 */
export function unsafeChunk(self: Tensor, chunks: number, opts?: { dim?: number }): Tensor[];
export function unsafeChunk(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(908), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::unsafe_split.Tensor(Tensor self, int split_size, int dim=0) -> Tensor[]
 */
export function unsafeSplit(self: Tensor, splitSize: number, opts?: { dim?: number }): Tensor[];
export function unsafeSplit(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(909), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::unsafe_split_with_sizes(Tensor self, int[] split_sizes, int dim=0) -> Tensor[]
 */
export function unsafeSplitWithSizes(self: Tensor, splitSizes: number[], opts?: { dim?: number }): Tensor[];
export function unsafeSplitWithSizes(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(910), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::unsqueeze(Tensor(a) self, int dim) -> Tensor(a)
 */
export function unsqueeze(self: Tensor, dim: number): Tensor;
export function unsqueeze(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(911), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::unsqueeze_(Tensor(a!) self, int dim) -> Tensor(a!)
 */
export function unsqueeze_(self: Tensor, dim: number): Tensor;
export function unsqueeze_(a0?: unknown, a1?: unknown): any {
  native.call1(op(912), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::unsqueeze_copy(Tensor self, int dim) -> Tensor
 */
export function unsqueezeCopy(self: Tensor, dim: number): Tensor;
export function unsqueezeCopy(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(913), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::upsample_bicubic2d(Tensor self, SymInt[2] output_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor
 * aten::upsample_bicubic2d.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor
 */
export function upsampleBicubic2d(self: Tensor, outputSize: number | number[], alignCorners: boolean, opts?: { scalesH?: number | null; scalesW?: number | null }): Tensor;
export function upsampleBicubic2d(input: Tensor, outputSize: number[] | null, alignCorners: boolean, scaleFactors: number[] | null): Tensor;
export function upsampleBicubic2d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(914), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::upsample_bilinear2d(Tensor self, SymInt[2] output_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor
 * aten::upsample_bilinear2d.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor
 */
export function upsampleBilinear2d(self: Tensor, outputSize: number | number[], alignCorners: boolean, opts?: { scalesH?: number | null; scalesW?: number | null }): Tensor;
export function upsampleBilinear2d(input: Tensor, outputSize: number[] | null, alignCorners: boolean, scaleFactors: number[] | null): Tensor;
export function upsampleBilinear2d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(915), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::upsample_linear1d(Tensor self, SymInt[1] output_size, bool align_corners, float? scales=None) -> Tensor
 * aten::upsample_linear1d.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor
 */
export function upsampleLinear1d(self: Tensor, outputSize: number | number[], alignCorners: boolean, opts?: { scales?: number | null }): Tensor;
export function upsampleLinear1d(input: Tensor, outputSize: number[] | null, alignCorners: boolean, scaleFactors: number[] | null): Tensor;
export function upsampleLinear1d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(916), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::upsample_nearest1d(Tensor self, SymInt[1] output_size, float? scales=None) -> Tensor
 * aten::upsample_nearest1d.vec(Tensor input, SymInt[]? output_size, float[]? scale_factors) -> Tensor
 */
export function upsampleNearest1d(self: Tensor, outputSize: number | number[], opts?: { scales?: number | null }): Tensor;
export function upsampleNearest1d(input: Tensor, outputSize: number[] | null, scaleFactors: number[] | null): Tensor;
export function upsampleNearest1d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(917), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::upsample_nearest2d(Tensor self, SymInt[2] output_size, float? scales_h=None, float? scales_w=None) -> Tensor
 * aten::upsample_nearest2d.vec(Tensor input, SymInt[]? output_size, float[]? scale_factors) -> Tensor
 */
export function upsampleNearest2d(self: Tensor, outputSize: number | number[], opts?: { scalesH?: number | null; scalesW?: number | null }): Tensor;
export function upsampleNearest2d(input: Tensor, outputSize: number[] | null, scaleFactors: number[] | null): Tensor;
export function upsampleNearest2d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(918), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::upsample_nearest3d(Tensor self, SymInt[3] output_size, float? scales_d=None, float? scales_h=None, float? scales_w=None) -> Tensor
 * aten::upsample_nearest3d.vec(Tensor input, SymInt[]? output_size, float[]? scale_factors) -> Tensor
 */
export function upsampleNearest3d(self: Tensor, outputSize: number | number[], opts?: { scalesD?: number | null; scalesH?: number | null; scalesW?: number | null }): Tensor;
export function upsampleNearest3d(input: Tensor, outputSize: number[] | null, scaleFactors: number[] | null): Tensor;
export function upsampleNearest3d(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return $t(native.call1(op(919), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)));
}

/**
 * aten::upsample_trilinear3d(Tensor self, SymInt[3] output_size, bool align_corners, float? scales_d=None, float? scales_h=None, float? scales_w=None) -> Tensor
 * aten::upsample_trilinear3d.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor
 */
export function upsampleTrilinear3d(self: Tensor, outputSize: number | number[], alignCorners: boolean, opts?: { scalesD?: number | null; scalesH?: number | null; scalesW?: number | null }): Tensor;
export function upsampleTrilinear3d(input: Tensor, outputSize: number[] | null, alignCorners: boolean, scaleFactors: number[] | null): Tensor;
export function upsampleTrilinear3d(a0?: unknown, a1?: unknown, a2?: unknown, a3?: unknown): any {
  return $t(native.call1(op(920), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | (arguments.length << 24), $h(a0), $h(a1), $h(a2), $h(a3)));
}

/**
 * aten::values(Tensor(a) self) -> Tensor(a)
 */
export function values(self: Tensor): Tensor;
export function values(a0?: unknown): any {
  return $t(native.call1(op(921), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::values_copy(Tensor self) -> Tensor
 */
export function valuesCopy(self: Tensor): Tensor;
export function valuesCopy(a0?: unknown): any {
  return $t(native.call1(op(922), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::vander(Tensor x, int? N=None, bool increasing=False) -> Tensor
 */
export function vander(x: Tensor, opts?: { N?: number | null; increasing?: boolean }): Tensor;
export function vander(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(923), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::var_mean(Tensor self, bool unbiased=True) -> (Tensor, Tensor)
 * aten::var_mean.correction(Tensor self, int[1]? dim, *, int? correction, bool keepdim=False) -> (Tensor, Tensor)
 * aten::var_mean.dim(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False) -> (Tensor, Tensor)
 */
export function varMean(self: Tensor, opts?: { unbiased?: boolean }): [Tensor, Tensor];
export function varMean(self: Tensor, dim: number | number[] | null, opts?: { correction?: number | null; keepdim?: boolean }): [Tensor, Tensor];
export function varMean(self: Tensor, dim: number | number[] | null, opts?: { unbiased?: boolean; keepdim?: boolean }): [Tensor, Tensor];
export function varMean(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(924), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::vdot(Tensor self, Tensor other) -> Tensor
 */
export function vdot(self: Tensor, other: Tensor): Tensor;
export function vdot(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(925), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::view(Tensor(a) self, SymInt[] size) -> Tensor(a)
 * aten::view.dtype(Tensor(a) self, ScalarType dtype) -> Tensor(a)
 */
export function view(self: Tensor, size: number[]): Tensor;
export function view(self: Tensor, dtype: DType): Tensor;
export function view(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(926), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::view_as(Tensor(a) self, Tensor other) -> Tensor(a)
 */
export function viewAs(self: Tensor, other: Tensor): Tensor;
export function viewAs(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(927), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::view_as_complex(Tensor(a) self) -> Tensor(a)
 */
export function viewAsComplex(self: Tensor): Tensor;
export function viewAsComplex(a0?: unknown): any {
  return $t(native.call1(op(928), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::view_as_complex_copy(Tensor self) -> Tensor
 */
export function viewAsComplexCopy(self: Tensor): Tensor;
export function viewAsComplexCopy(a0?: unknown): any {
  return $t(native.call1(op(929), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::view_as_real(Tensor(a) self) -> Tensor(a)
 */
export function viewAsReal(self: Tensor): Tensor;
export function viewAsReal(a0?: unknown): any {
  return $t(native.call1(op(930), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::view_as_real_copy(Tensor self) -> Tensor
 */
export function viewAsRealCopy(self: Tensor): Tensor;
export function viewAsRealCopy(a0?: unknown): any {
  return $t(native.call1(op(931), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::view_copy(Tensor self, SymInt[] size) -> Tensor
 * aten::view_copy.dtype(Tensor self, ScalarType dtype) -> Tensor
 */
export function viewCopy(self: Tensor, size: number[]): Tensor;
export function viewCopy(self: Tensor, dtype: DType): Tensor;
export function viewCopy(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(932), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::vsplit.array(Tensor(a -> *) self, int[] indices) -> Tensor(a)[]
 * aten::vsplit.int(Tensor(a -> *) self, int sections) -> Tensor(a)[]
 */
export function vsplit(self: Tensor, indices: number[]): Tensor[];
export function vsplit(self: Tensor, sections: number): Tensor[];
export function vsplit(a0?: unknown, a1?: unknown): any {
  return native.call(op(933), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)) as any;
}

/**
 * aten::vstack(Tensor[] tensors) -> Tensor
 */
export function vstack(tensors: Tensor[]): Tensor;
export function vstack(a0?: unknown): any {
  return $t(native.call1(op(934), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::where(Tensor condition) -> Tensor[]
 * aten::where.Scalar(Tensor condition, Scalar self, Scalar other) -> Tensor
 * aten::where.ScalarOther(Tensor condition, Tensor self, Scalar other) -> Tensor
 * aten::where.ScalarSelf(Tensor condition, Scalar self, Tensor other) -> Tensor
 * aten::where.self(Tensor condition, Tensor self, Tensor other) -> Tensor
 */
export function where(condition: Tensor): Tensor[];
export function where(condition: Tensor, self: Scalar, other: Scalar): Tensor;
export function where(condition: Tensor, self: Tensor, other: Scalar): Tensor;
export function where(condition: Tensor, self: Scalar, other: Tensor): Tensor;
export function where(condition: Tensor, self: Tensor, other: Tensor): Tensor;
export function where(a0?: unknown, a1?: unknown, a2?: unknown): any {
  return native.call(op(935), $m(a0, 1) | $m(a1, 2) | $m(a2, 4) | (arguments.length << 24), $h(a0), $h(a1), $h(a2)) as any;
}

/**
 * aten::xlogy.Scalar_Other(Tensor self, Scalar other) -> Tensor
 * aten::xlogy.Scalar_Self(Scalar self, Tensor other) -> Tensor
 * aten::xlogy.Tensor(Tensor self, Tensor other) -> Tensor
 */
export function xlogy(self: Tensor, other: Scalar): Tensor;
export function xlogy(self: Scalar, other: Tensor): Tensor;
export function xlogy(self: Tensor, other: Tensor): Tensor;
export function xlogy(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(936), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::xlogy_.Scalar_Other(Tensor(a!) self, Scalar other) -> Tensor(a!)
 * aten::xlogy_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
 */
export function xlogy_(self: Tensor, other: Scalar): Tensor;
export function xlogy_(self: Tensor, other: Tensor): Tensor;
export function xlogy_(a0?: unknown, a1?: unknown): any {
  native.call1(op(937), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)); return a0 as Tensor;
}

/**
 * aten::zero(Tensor self) -> Tensor
 */
export function zero(self: Tensor): Tensor;
export function zero(a0?: unknown): any {
  return $t(native.call1(op(938), $m(a0, 1) | (arguments.length << 24), $h(a0)));
}

/**
 * aten::zero_(Tensor(a!) self) -> Tensor(a!)
 */
export function zero_(self: Tensor): Tensor;
export function zero_(a0?: unknown): any {
  native.call1(op(939), $m(a0, 1) | (arguments.length << 24), $h(a0)); return a0 as Tensor;
}

/**
 * aten::zeros(SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
 */
export function zeros(size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
export function zeros(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(940), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

/**
 * aten::zeros_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
 */
export function zerosLike(self: Tensor, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
export function zerosLike(a0?: unknown, a1?: unknown): any {
  return $t(native.call1(op(941), $m(a0, 1) | $m(a1, 2) | (arguments.length << 24), $h(a0), $h(a1)));
}

declare module './tensor' {
  interface Tensor {
    /**
     * aten::abs(Tensor self) -> Tensor
     */
    abs(): Tensor;
    /**
     * aten::abs_(Tensor(a!) self) -> Tensor(a!)
     */
    abs_(): this;
    /**
     * aten::absolute(Tensor self) -> Tensor
     */
    absolute(): Tensor;
    /**
     * aten::absolute_(Tensor(a!) self) -> Tensor(a!)
     */
    absolute_(): this;
    /**
     * aten::acos(Tensor self) -> Tensor
     */
    acos(): Tensor;
    /**
     * aten::acos_(Tensor(a!) self) -> Tensor(a!)
     */
    acos_(): this;
    /**
     * aten::acosh(Tensor self) -> Tensor
     */
    acosh(): Tensor;
    /**
     * aten::acosh_(Tensor(a!) self) -> Tensor(a!)
     */
    acosh_(): this;
    /**
     * aten::adaptive_avg_pool1d(Tensor self, int[1] output_size) -> Tensor
     */
    adaptiveAvgPool1d(outputSize: number | number[]): Tensor;
    /**
     * aten::adaptive_avg_pool2d(Tensor self, SymInt[2] output_size) -> Tensor
     */
    adaptiveAvgPool2d(outputSize: number | number[]): Tensor;
    /**
     * aten::adaptive_avg_pool3d(Tensor self, int[3] output_size) -> Tensor
     */
    adaptiveAvgPool3d(outputSize: number | number[]): Tensor;
    /**
     * aten::adaptive_max_pool1d(Tensor self, int[1] output_size) -> (Tensor, Tensor)
     */
    adaptiveMaxPool1d(outputSize: number | number[]): [Tensor, Tensor];
    /**
     * aten::adaptive_max_pool2d(Tensor self, int[2] output_size) -> (Tensor, Tensor)
     */
    adaptiveMaxPool2d(outputSize: number | number[]): [Tensor, Tensor];
    /**
     * aten::adaptive_max_pool3d(Tensor self, int[3] output_size) -> (Tensor, Tensor)
     */
    adaptiveMaxPool3d(outputSize: number | number[]): [Tensor, Tensor];
    /**
     * aten::add.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor
     * aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor
     */
    add(other: Scalar, opts?: { alpha?: Scalar }): Tensor;
    add(other: Tensor, opts?: { alpha?: Scalar }): Tensor;
    /**
     * aten::add_.Scalar(Tensor(a!) self, Scalar other, Scalar alpha=1) -> Tensor(a!)
     * aten::add_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)
     */
    add_(other: Scalar, opts?: { alpha?: Scalar }): this;
    add_(other: Tensor, opts?: { alpha?: Scalar }): this;
    /**
     * aten::addbmm(Tensor self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor
     */
    addbmm(batch1: Tensor, batch2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
    /**
     * aten::addbmm_(Tensor(a!) self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)
     */
    addbmm_(batch1: Tensor, batch2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): this;
    /**
     * aten::addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor
     */
    addcdiv(tensor1: Tensor, tensor2: Tensor, opts?: { value?: Scalar }): Tensor;
    /**
     * aten::addcdiv_(Tensor(a!) self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor(a!)
     */
    addcdiv_(tensor1: Tensor, tensor2: Tensor, opts?: { value?: Scalar }): this;
    /**
     * aten::addcmul(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor
     */
    addcmul(tensor1: Tensor, tensor2: Tensor, opts?: { value?: Scalar }): Tensor;
    /**
     * aten::addcmul_(Tensor(a!) self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor(a!)
     */
    addcmul_(tensor1: Tensor, tensor2: Tensor, opts?: { value?: Scalar }): this;
    /**
     * aten::addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor
     */
    addmm(mat1: Tensor, mat2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
    /**
     * aten::addmm_(Tensor(a!) self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)
     */
    addmm_(mat1: Tensor, mat2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): this;
    /**
     * aten::addmv(Tensor self, Tensor mat, Tensor vec, *, Scalar beta=1, Scalar alpha=1) -> Tensor
     */
    addmv(mat: Tensor, vec: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
    /**
     * aten::addmv_(Tensor(a!) self, Tensor mat, Tensor vec, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)
     */
    addmv_(mat: Tensor, vec: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): this;
    /**
     * aten::addr(Tensor self, Tensor vec1, Tensor vec2, *, Scalar beta=1, Scalar alpha=1) -> Tensor
     */
    addr(vec1: Tensor, vec2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
    /**
     * aten::addr_(Tensor(a!) self, Tensor vec1, Tensor vec2, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)
     */
    addr_(vec1: Tensor, vec2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): this;
    /**
     * aten::adjoint(Tensor(a) self) -> Tensor(a)
     */
    adjoint(): Tensor;
    /**
     * aten::alias(Tensor(a) self) -> Tensor(a)
     */
    alias(): Tensor;
    /**
     * aten::alias_copy(Tensor self) -> Tensor
     */
    aliasCopy(): Tensor;
    /**
     * aten::all(Tensor self) -> Tensor
     * aten::all.dim(Tensor self, int dim, bool keepdim=False) -> Tensor
     * aten::all.dimname(Tensor self, str dim, bool keepdim=False) -> Tensor
     */
    all(): Tensor;
    all(dim: number, opts?: { keepdim?: boolean }): Tensor;
    all(dim: string, opts?: { keepdim?: boolean }): Tensor;
    /**
     * aten::allclose(Tensor self, Tensor other, float rtol=1.0000000000000001e-05, float atol=1e-08, bool equal_nan=False) -> bool
     */
    allclose(other: Tensor, opts?: { rtol?: number; atol?: number; equalNan?: boolean }): boolean;
    /**
     * aten::alpha_dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)
     */
    alphaDropout_(p: number, train: boolean): this;
    /**
     * aten::amax(Tensor self, int[1] dim=[], bool keepdim=False) -> Tensor
     */
    amax(opts?: { dim?: number | number[]; keepdim?: boolean }): Tensor;
    /**
     * aten::amin(Tensor self, int[1] dim=[], bool keepdim=False) -> Tensor
     */
    amin(opts?: { dim?: number | number[]; keepdim?: boolean }): Tensor;
    /**
     * aten::aminmax(Tensor self, *, int? dim=None, bool keepdim=False) -> (Tensor min, Tensor max)
     */
    aminmax(opts?: { dim?: number | null; keepdim?: boolean }): [Tensor, Tensor];
    /**
     * aten::angle(Tensor self) -> Tensor
     */
    angle(): Tensor;
    /**
     * aten::any(Tensor self) -> Tensor
     * aten::any.dim(Tensor self, int dim, bool keepdim=False) -> Tensor
     * aten::any.dimname(Tensor self, str dim, bool keepdim=False) -> Tensor
     */
    any(): Tensor;
    any(dim: number, opts?: { keepdim?: boolean }): Tensor;
    any(dim: string, opts?: { keepdim?: boolean }): Tensor;
    /**
     * aten::arccos(Tensor self) -> Tensor
     */
    arccos(): Tensor;
    /**
     * aten::arccos_(Tensor(a!) self) -> Tensor(a!)
     */
    arccos_(): this;
    /**
     * aten::arccosh(Tensor self) -> Tensor
     */
    arccosh(): Tensor;
    /**
     * aten::arccosh_(Tensor(a!) self) -> Tensor(a!)
     */
    arccosh_(): this;
    /**
     * aten::arcsin(Tensor self) -> Tensor
     */
    arcsin(): Tensor;
    /**
     * aten::arcsin_(Tensor(a!) self) -> Tensor(a!)
     */
    arcsin_(): this;
    /**
     * aten::arcsinh(Tensor self) -> Tensor
     */
    arcsinh(): Tensor;
    /**
     * aten::arcsinh_(Tensor(a!) self) -> Tensor(a!)
     */
    arcsinh_(): this;
    /**
     * aten::arctan(Tensor self) -> Tensor
     */
    arctan(): Tensor;
    /**
     * aten::arctan2(Tensor self, Tensor other) -> Tensor
     */
    arctan2(other: Tensor): Tensor;
    /**
     * aten::arctan2_(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    arctan2_(other: Tensor): this;
    /**
     * aten::arctan_(Tensor(a!) self) -> Tensor(a!)
     */
    arctan_(): this;
    /**
     * aten::arctanh(Tensor self) -> Tensor
     */
    arctanh(): Tensor;
    /**
     * aten::arctanh_(Tensor(a!) self) -> Tensor(a!)
     */
    arctanh_(): this;
    /**
     * aten::argmax(Tensor self, int? dim=None, bool keepdim=False) -> Tensor
     */
    argmax(opts?: { dim?: number | null; keepdim?: boolean }): Tensor;
    /**
     * aten::argmin(Tensor self, int? dim=None, bool keepdim=False) -> Tensor
     */
    argmin(opts?: { dim?: number | null; keepdim?: boolean }): Tensor;
    /**
     * aten::argsort(Tensor self, int dim=-1, bool descending=False) -> Tensor
     * aten::argsort.dimname(Tensor self, str dim, bool descending=False) -> Tensor
     * aten::argsort.stable(Tensor self, *, bool stable, int dim=-1, bool descending=False) -> Tensor
     */
    argsort(opts?: { dim?: number; descending?: boolean }): Tensor;
    argsort(dim: string, opts?: { descending?: boolean }): Tensor;
    argsort(stable: boolean, opts?: { dim?: number; descending?: boolean }): Tensor;
    /**
     * aten::argwhere(Tensor self) -> Tensor
     */
    argwhere(): Tensor;
    /**
     * aten::as_strided(Tensor(a) self, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor(a)
     */
    asStrided(size: number[], stride: number[], opts?: { storageOffset?: number | null }): Tensor;
    /**
     * aten::as_strided_(Tensor(a!) self, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor(a!)
     */
    asStrided_(size: number[], stride: number[], opts?: { storageOffset?: number | null }): this;
    /**
     * aten::as_strided_copy(Tensor self, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor
     */
    asStridedCopy(size: number[], stride: number[], opts?: { storageOffset?: number | null }): Tensor;
    /**
     * aten::as_strided_scatter(Tensor self, Tensor src, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor
     */
    asStridedScatter(src: Tensor, size: number[], stride: number[], opts?: { storageOffset?: number | null }): Tensor;
    /**
     * aten::asin(Tensor self) -> Tensor
     */
    asin(): Tensor;
    /**
     * aten::asin_(Tensor(a!) self) -> Tensor(a!)
     */
    asin_(): this;
    /**
     * aten::asinh(Tensor self) -> Tensor
     */
    asinh(): Tensor;
    /**
     * aten::asinh_(Tensor(a!) self) -> Tensor(a!)
     */
    asinh_(): this;
    /**
     * aten::atan(Tensor self) -> Tensor
     */
    atan(): Tensor;
    /**
     * aten::atan2(Tensor self, Tensor other) -> Tensor
     */
    atan2(other: Tensor): Tensor;
    /**
     * aten::atan2_(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    atan2_(other: Tensor): this;
    /**
     * aten::atan_(Tensor(a!) self) -> Tensor(a!)
     */
    atan_(): this;
    /**
     * aten::atanh(Tensor self) -> Tensor
     */
    atanh(): Tensor;
    /**
     * aten::atanh_(Tensor(a!) self) -> Tensor(a!)
     */
    atanh_(): this;
    /**
     * aten::atleast_1d(Tensor self) -> Tensor
     */
    atleast1d(): Tensor;
    /**
     * aten::atleast_2d(Tensor self) -> Tensor
     */
    atleast2d(): Tensor;
    /**
     * aten::atleast_3d(Tensor self) -> Tensor
     */
    atleast3d(): Tensor;
    /**
     * aten::avg_pool1d(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=[0], bool ceil_mode=False, bool count_include_pad=True) -> Tensor
     */
    avgPool1d(kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; ceilMode?: boolean; countIncludePad?: boolean }): Tensor;
    /**
     * aten::avg_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor
     */
    avgPool2d(kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; ceilMode?: boolean; countIncludePad?: boolean; divisorOverride?: number | null }): Tensor;
    /**
     * aten::avg_pool3d(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor
     */
    avgPool3d(kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; ceilMode?: boolean; countIncludePad?: boolean; divisorOverride?: number | null }): Tensor;
    /**
     * aten::baddbmm(Tensor self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor
     */
    baddbmm(batch1: Tensor, batch2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
    /**
     * aten::baddbmm_(Tensor(a!) self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)
     */
    baddbmm_(batch1: Tensor, batch2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): this;
    /**
     * aten::bernoulli(Tensor self, *, Generator? generator=None) -> Tensor
     * aten::bernoulli.Tensor(Tensor self, Tensor p, *, Generator? generator=None) -> Tensor
     * aten::bernoulli.p(Tensor self, float p, *, Generator? generator=None) -> Tensor
     */
    bernoulli(opts?: { generator?: null }): Tensor;
    bernoulli(p: Tensor, opts?: { generator?: null }): Tensor;
    bernoulli(p: number, opts?: { generator?: null }): Tensor;
    /**
     * aten::bernoulli_.Tensor(Tensor(a!) self, Tensor p, *, Generator? generator=None) -> Tensor(a!)
     * aten::bernoulli_.float(Tensor(a!) self, float p=0.5, *, Generator? generator=None) -> Tensor(a!)
     */
    bernoulli_(p: Tensor, opts?: { generator?: null }): this;
    bernoulli_(opts?: { p?: number; generator?: null }): this;
    /**
     * aten::binary_cross_entropy(Tensor self, Tensor target, Tensor? weight=None, int reduction=1) -> Tensor
     */
    binaryCrossEntropy(target: Tensor, opts?: { weight?: Tensor | null; reduction?: number }): Tensor;
    /**
     * aten::binary_cross_entropy_with_logits(Tensor self, Tensor target, Tensor? weight=None, Tensor? pos_weight=None, int reduction=1) -> Tensor
     */
    binaryCrossEntropyWithLogits(target: Tensor, opts?: { weight?: Tensor | null; posWeight?: Tensor | null; reduction?: number }): Tensor;
    /**
     * aten::bincount(Tensor self, Tensor? weights=None, int minlength=0) -> Tensor
     */
    bincount(opts?: { weights?: Tensor | null; minlength?: number }): Tensor;
    /**
     * aten::bitwise_and.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::bitwise_and.Tensor(Tensor self, Tensor other) -> Tensor
     */
    bitwiseAnd(other: Scalar): Tensor;
    bitwiseAnd(other: Tensor): Tensor;
    /**
     * aten::bitwise_and_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::bitwise_and_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    bitwiseAnd_(other: Scalar): this;
    bitwiseAnd_(other: Tensor): this;
    /**
     * aten::bitwise_left_shift.Tensor(Tensor self, Tensor other) -> Tensor
     * aten::bitwise_left_shift.Tensor_Scalar(Tensor self, Scalar other) -> Tensor
     */
    bitwiseLeftShift(other: Tensor): Tensor;
    bitwiseLeftShift(other: Scalar): Tensor;
    /**
     * aten::bitwise_left_shift_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     * aten::bitwise_left_shift_.Tensor_Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     */
    bitwiseLeftShift_(other: Tensor): this;
    bitwiseLeftShift_(other: Scalar): this;
    /**
     * aten::bitwise_not(Tensor self) -> Tensor
     */
    bitwiseNot(): Tensor;
    /**
     * aten::bitwise_not_(Tensor(a!) self) -> Tensor(a!)
     */
    bitwiseNot_(): this;
    /**
     * aten::bitwise_or.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::bitwise_or.Tensor(Tensor self, Tensor other) -> Tensor
     */
    bitwiseOr(other: Scalar): Tensor;
    bitwiseOr(other: Tensor): Tensor;
    /**
     * aten::bitwise_or_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::bitwise_or_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    bitwiseOr_(other: Scalar): this;
    bitwiseOr_(other: Tensor): this;
    /**
     * aten::bitwise_right_shift.Tensor(Tensor self, Tensor other) -> Tensor
     * aten::bitwise_right_shift.Tensor_Scalar(Tensor self, Scalar other) -> Tensor
     */
    bitwiseRightShift(other: Tensor): Tensor;
    bitwiseRightShift(other: Scalar): Tensor;
    /**
     * aten::bitwise_right_shift_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     * aten::bitwise_right_shift_.Tensor_Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     */
    bitwiseRightShift_(other: Tensor): this;
    bitwiseRightShift_(other: Scalar): this;
    /**
     * aten::bitwise_xor.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::bitwise_xor.Tensor(Tensor self, Tensor other) -> Tensor
     */
    bitwiseXor(other: Scalar): Tensor;
    bitwiseXor(other: Tensor): Tensor;
    /**
     * aten::bitwise_xor_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::bitwise_xor_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    bitwiseXor_(other: Scalar): this;
    bitwiseXor_(other: Tensor): this;
    /**
     * aten::bmm(Tensor self, Tensor mat2) -> Tensor
     */
    bmm(mat2: Tensor): Tensor;
    /**
     * aten::broadcast_to(Tensor(a) self, int[] size) -> Tensor(a)
     */
    broadcastTo(size: number[]): Tensor;
    /**
     * aten::bucketize.Tensor(Tensor self, Tensor boundaries, *, bool out_int32=False, bool right=False) -> Tensor
     */
    bucketize(boundaries: Tensor, opts?: { outInt32?: boolean; right?: boolean }): Tensor;
    /**
     * aten::cauchy(Tensor self, float median=0., float sigma=1., *, Generator? generator=None) -> Tensor
     */
    cauchy(opts?: { median?: number; sigma?: number; generator?: null }): Tensor;
    /**
     * aten::cauchy_(Tensor(a!) self, float median=0., float sigma=1., *, Generator? generator=None) -> Tensor(a!)
     */
    cauchy_(opts?: { median?: number; sigma?: number; generator?: null }): this;
    /**
     * aten::ccol_indices(Tensor(a) self) -> Tensor(a)
     */
    ccolIndices(): Tensor;
    /**
     * aten::ccol_indices_copy(Tensor self) -> Tensor
     */
    ccolIndicesCopy(): Tensor;
    /**
     * aten::ceil(Tensor self) -> Tensor
     */
    ceil(): Tensor;
    /**
     * aten::ceil_(Tensor(a!) self) -> Tensor(a!)
     */
    ceil_(): this;
    /**
     * aten::celu(Tensor self, Scalar alpha=1.) -> Tensor
     */
    celu(opts?: { alpha?: Scalar }): Tensor;
    /**
     * aten::celu_(Tensor(a!) self, Scalar alpha=1.) -> Tensor(a!)
     */
    celu_(opts?: { alpha?: Scalar }): this;
    /**
     * aten::chalf(Tensor self, *, MemoryFormat? memory_format=None) -> Tensor
     */
    chalf(opts?: { memoryFormat?: MemoryFormat | null }): Tensor;
    /**
     * aten::channel_shuffle(Tensor self, int groups) -> Tensor
     */
    channelShuffle(groups: number): Tensor;
    /**
     * aten::cholesky(Tensor self, bool upper=False) -> Tensor
     */
    cholesky(opts?: { upper?: boolean }): Tensor;
    /**
     * aten::cholesky_inverse(Tensor self, bool upper=False) -> Tensor
     */
    choleskyInverse(opts?: { upper?: boolean }): Tensor;
    /**
     * aten::cholesky_solve(Tensor self, Tensor input2, bool upper=False) -> Tensor
     */
    choleskySolve(input2: Tensor, opts?: { upper?: boolean }): Tensor;
    /**
     * aten::chunk(Tensor(a -> *) self, int chunks, int dim=0) -> Tensor(a)[]
     */
    chunk(chunks: number, opts?: { dim?: number }): Tensor[];
    /**
     * aten::clamp(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor
     * aten::clamp.Tensor(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor
     */
    clamp(opts?: { min?: Scalar | null; max?: Scalar | null }): Tensor;
    clamp(opts?: { min?: Tensor | null; max?: Tensor | null }): Tensor;
    /**
     * aten::clamp_(Tensor(a!) self, Scalar? min=None, Scalar? max=None) -> Tensor(a!)
     * aten::clamp_.Tensor(Tensor(a!) self, Tensor? min=None, Tensor? max=None) -> Tensor(a!)
     */
    clamp_(opts?: { min?: Scalar | null; max?: Scalar | null }): this;
    clamp_(opts?: { min?: Tensor | null; max?: Tensor | null }): this;
    /**
     * aten::clamp_max(Tensor self, Scalar max) -> Tensor
     * aten::clamp_max.Tensor(Tensor self, Tensor max) -> Tensor
     */
    clampMax(max: Scalar): Tensor;
    clampMax(max: Tensor): Tensor;
    /**
     * aten::clamp_max_(Tensor(a!) self, Scalar max) -> Tensor(a!)
     * aten::clamp_max_.Tensor(Tensor(a!) self, Tensor max) -> Tensor(a!)
     */
    clampMax_(max: Scalar): this;
    clampMax_(max: Tensor): this;
    /**
     * aten::clamp_min(Tensor self, Scalar min) -> Tensor
     * aten::clamp_min.Tensor(Tensor self, Tensor min) -> Tensor
     */
    clampMin(min: Scalar): Tensor;
    clampMin(min: Tensor): Tensor;
    /**
     * aten::clamp_min_(Tensor(a!) self, Scalar min) -> Tensor(a!)
     * aten::clamp_min_.Tensor(Tensor(a!) self, Tensor min) -> Tensor(a!)
     */
    clampMin_(min: Scalar): this;
    clampMin_(min: Tensor): this;
    /**
     * aten::clip(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor
     * aten::clip.Tensor(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor
     */
    clip(opts?: { min?: Scalar | null; max?: Scalar | null }): Tensor;
    clip(opts?: { min?: Tensor | null; max?: Tensor | null }): Tensor;
    /**
     * aten::clip_(Tensor(a!) self, Scalar? min=None, Scalar? max=None) -> Tensor(a!)
     * aten::clip_.Tensor(Tensor(a!) self, Tensor? min=None, Tensor? max=None) -> Tensor(a!)
     */
    clip_(opts?: { min?: Scalar | null; max?: Scalar | null }): this;
    clip_(opts?: { min?: Tensor | null; max?: Tensor | null }): this;
    /**
     * aten::clone(Tensor self, *, MemoryFormat? memory_format=None) -> Tensor
     */
    clone(opts?: { memoryFormat?: MemoryFormat | null }): Tensor;
    /**
     * aten::coalesce(Tensor(a) self) -> Tensor(a)
     */
    coalesce(): Tensor;
    /**
     * aten::col2im(Tensor self, SymInt[2] output_size, int[2] kernel_size, int[2] dilation, int[2] padding, int[2] stride) -> Tensor
     */
    col2im(outputSize: number | number[], kernelSize: number | number[], dilation: number | number[], padding: number | number[], stride: number | number[]): Tensor;
    /**
     * aten::col_indices(Tensor(a) self) -> Tensor(a)
     */
    colIndices(): Tensor;
    /**
     * aten::col_indices_copy(Tensor self) -> Tensor
     */
    colIndicesCopy(): Tensor;
    /**
     * aten::combinations(Tensor self, int r=2, bool with_replacement=False) -> Tensor
     */
    combinations(opts?: { r?: number; withReplacement?: boolean }): Tensor;
    /**
     * aten::conj(Tensor(a) self) -> Tensor(a)
     */
    conj(): Tensor;
    /**
     * aten::conj_physical(Tensor self) -> Tensor
     */
    conjPhysical(): Tensor;
    /**
     * aten::conj_physical_(Tensor(a!) self) -> Tensor(a!)
     */
    conjPhysical_(): this;
    /**
     * aten::constant_pad_nd(Tensor self, int[] pad, Scalar value=0) -> Tensor
     */
    constantPadNd(pad: number[], opts?: { value?: Scalar }): Tensor;
    /**
     * aten::contiguous(Tensor(a) self, *, MemoryFormat memory_format=0) -> Tensor(a)
     */
    contiguous(opts?: { memoryFormat?: MemoryFormat }): Tensor;
    /**
     * aten::conv_depthwise3d(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias, int[3] stride, int[3] padding, int[3] dilation) -> Tensor
     */
    convDepthwise3d(weight: Tensor, kernelSize: number | number[], bias: Tensor | null, stride: number | number[], padding: number | number[], dilation: number | number[]): Tensor;
    /**
     * aten::conv_tbc(Tensor self, Tensor weight, Tensor bias, int pad=0) -> Tensor
     */
    convTbc(weight: Tensor, bias: Tensor, opts?: { pad?: number }): Tensor;
    /**
     * aten::copy(Tensor self, Tensor src, bool non_blocking=False) -> Tensor
     */
    copy(src: Tensor, opts?: { nonBlocking?: boolean }): Tensor;
    /**
     * aten::copy_(Tensor(a!) self, Tensor src, bool non_blocking=False) -> Tensor(a!)
     */
    copy_(src: Tensor, opts?: { nonBlocking?: boolean }): this;
    /**
     * aten::copy_sparse_to_sparse(Tensor self, Tensor src, bool non_blocking=False) -> Tensor
     */
    copySparseToSparse(src: Tensor, opts?: { nonBlocking?: boolean }): Tensor;
    /**
     * aten::copy_sparse_to_sparse_(Tensor(a!) self, Tensor src, bool non_blocking=False) -> Tensor(a!)
     */
    copySparseToSparse_(src: Tensor, opts?: { nonBlocking?: boolean }): this;
    /**
     * aten::copysign.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::copysign.Tensor(Tensor self, Tensor other) -> Tensor
     */
    copysign(other: Scalar): Tensor;
    copysign(other: Tensor): Tensor;
    /**
     * aten::copysign_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::copysign_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    copysign_(other: Scalar): this;
    copysign_(other: Tensor): this;
    /**
     * aten::corrcoef(Tensor self) -> Tensor
     */
    corrcoef(): Tensor;
    /**
     * aten::cos(Tensor self) -> Tensor
     */
    cos(): Tensor;
    /**
     * aten::cos_(Tensor(a!) self) -> Tensor(a!)
     */
    cos_(): this;
    /**
     * aten::cosh(Tensor self) -> Tensor
     */
    cosh(): Tensor;
    /**
     * aten::cosh_(Tensor(a!) self) -> Tensor(a!)
     */
    cosh_(): this;
    /**
     * aten::count_nonzero(Tensor self, int? dim=None) -> Tensor
     * aten::count_nonzero.dim_IntList(Tensor self, int[] dim) -> Tensor
     */
    countNonzero(opts?: { dim?: number | null }): Tensor;
    countNonzero(dim: number[]): Tensor;
    /**
     * aten::cov(Tensor self, *, int correction=1, Tensor? fweights=None, Tensor? aweights=None) -> Tensor
     */
    cov(opts?: { correction?: number; fweights?: Tensor | null; aweights?: Tensor | null }): Tensor;
    /**
     * aten::cross(Tensor self, Tensor other, int? dim=None) -> Tensor
     */
    cross(other: Tensor, opts?: { dim?: number | null }): Tensor;
    /**
     * aten::cross_entropy_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100, float label_smoothing=0.) -> Tensor
     */
    crossEntropyLoss(target: Tensor, opts?: { weight?: Tensor | null; reduction?: number; ignoreIndex?: number; labelSmoothing?: number }): Tensor;
    /**
     * aten::crow_indices(Tensor(a) self) -> Tensor(a)
     */
    crowIndices(): Tensor;
    /**
     * aten::crow_indices_copy(Tensor self) -> Tensor
     */
    crowIndicesCopy(): Tensor;
    /**
     * aten::cummax(Tensor self, int dim) -> (Tensor values, Tensor indices)
     * aten::cummax.dimname(Tensor self, str dim) -> (Tensor values, Tensor indices)
     */
    cummax(dim: number): [Tensor, Tensor];
    cummax(dim: string): [Tensor, Tensor];
    /**
     * aten::cummin(Tensor self, int dim) -> (Tensor values, Tensor indices)
     * aten::cummin.dimname(Tensor self, str dim) -> (Tensor values, Tensor indices)
     */
    cummin(dim: number): [Tensor, Tensor];
    cummin(dim: string): [Tensor, Tensor];
    /**
     * aten::cumprod(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor
     * aten::cumprod.dimname(Tensor self, str dim, *, ScalarType? dtype=None) -> Tensor
     */
    cumprod(dim: number, opts?: { dtype?: DType | null }): Tensor;
    cumprod(dim: string, opts?: { dtype?: DType | null }): Tensor;
    /**
     * aten::cumprod_(Tensor(a!) self, int dim, *, ScalarType? dtype=None) -> Tensor(a!)
     * aten::cumprod_.dimname(Tensor(a!) self, str dim, *, ScalarType? dtype=None) -> Tensor(a!)
     */
    cumprod_(dim: number, opts?: { dtype?: DType | null }): this;
    cumprod_(dim: string, opts?: { dtype?: DType | null }): this;
    /**
     * aten::cumsum(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor
     * aten::cumsum.dimname(Tensor self, str dim, *, ScalarType? dtype=None) -> Tensor
     */
    cumsum(dim: number, opts?: { dtype?: DType | null }): Tensor;
    cumsum(dim: string, opts?: { dtype?: DType | null }): Tensor;
    /**
     * aten::cumsum_(Tensor(a!) self, int dim, *, ScalarType? dtype=None) -> Tensor(a!)
     * aten::cumsum_.dimname(Tensor(a!) self, str dim, *, ScalarType? dtype=None) -> Tensor(a!)
     */
    cumsum_(dim: number, opts?: { dtype?: DType | null }): this;
    cumsum_(dim: string, opts?: { dtype?: DType | null }): this;
    /**
     * aten::deg2rad(Tensor self) -> Tensor
     */
    deg2rad(): Tensor;
    /**
     * aten::deg2rad_(Tensor(a!) self) -> Tensor(a!)
     */
    deg2rad_(): this;
    /**
     * aten::dense_dim(Tensor self) -> int
     */
    denseDim(): number;
    /**
     * aten::dequantize.self(Tensor self) -> Tensor
     */
    dequantize(): Tensor;
    /**
     * aten::det(Tensor self) -> Tensor
     */
    det(): Tensor;
    /**
     * aten::detach(Tensor(a) self) -> Tensor(a)
     */
    detach(): Tensor;
    /**
     * aten::detach_(Tensor(a!) self) -> Tensor(a!)
     */
    detach_(): this;
    /**
     * aten::detach_copy(Tensor self) -> Tensor
     */
    detachCopy(): Tensor;
    /**
     * aten::diag(Tensor self, int diagonal=0) -> Tensor
     */
    diag(opts?: { diagonal?: number }): Tensor;
    /**
     * aten::diag_embed(Tensor self, int offset=0, int dim1=-2, int dim2=-1) -> Tensor
     */
    diagEmbed(opts?: { offset?: number; dim1?: number; dim2?: number }): Tensor;
    /**
     * aten::diagflat(Tensor self, int offset=0) -> Tensor
     */
    diagflat(opts?: { offset?: number }): Tensor;
    /**
     * aten::diagonal(Tensor(a) self, int offset=0, int dim1=0, int dim2=1) -> Tensor(a)
     */
    diagonal(opts?: { offset?: number; dim1?: number; dim2?: number }): Tensor;
    /**
     * aten::diagonal_copy(Tensor self, int offset=0, int dim1=0, int dim2=1) -> Tensor
     */
    diagonalCopy(opts?: { offset?: number; dim1?: number; dim2?: number }): Tensor;
    /**
     * aten::diagonal_scatter(Tensor self, Tensor src, int offset=0, int dim1=0, int dim2=1) -> Tensor
     */
    diagonalScatter(src: Tensor, opts?: { offset?: number; dim1?: number; dim2?: number }): Tensor;
    /**
     * aten::diff(Tensor self, int n=1, int dim=-1, Tensor? prepend=None, Tensor? append=None) -> Tensor
     */
    diff(opts?: { n?: number; dim?: number; prepend?: Tensor | null; append?: Tensor | null }): Tensor;
    /**
     * aten::digamma(Tensor self) -> Tensor
     */
    digamma(): Tensor;
    /**
     * aten::digamma_(Tensor(a!) self) -> Tensor(a!)
     */
    digamma_(): this;
    /**
     * aten::dist(Tensor self, Tensor other, Scalar p=2) -> Tensor
     */
    dist(other: Tensor, opts?: { p?: Scalar }): Tensor;
    /**
     * aten::div.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::div.Scalar_mode(Tensor self, Scalar other, *, str? rounding_mode) -> Tensor
     * aten::div.Tensor(Tensor self, Tensor other) -> Tensor
     * aten::div.Tensor_mode(Tensor self, Tensor other, *, str? rounding_mode) -> Tensor
     */
    div(other: Scalar): Tensor;
    div(other: Scalar, opts?: { roundingMode?: string | null }): Tensor;
    div(other: Tensor): Tensor;
    div(other: Tensor, opts?: { roundingMode?: string | null }): Tensor;
    /**
     * aten::div_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::div_.Scalar_mode(Tensor(a!) self, Scalar other, *, str? rounding_mode) -> Tensor(a!)
     * aten::div_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     * aten::div_.Tensor_mode(Tensor(a!) self, Tensor other, *, str? rounding_mode) -> Tensor(a!)
     */
    div_(other: Scalar): this;
    div_(other: Scalar, opts?: { roundingMode?: string | null }): this;
    div_(other: Tensor): this;
    div_(other: Tensor, opts?: { roundingMode?: string | null }): this;
    /**
     * aten::divide.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::divide.Scalar_mode(Tensor self, Scalar other, *, str? rounding_mode) -> Tensor
     * aten::divide.Tensor(Tensor self, Tensor other) -> Tensor
     * aten::divide.Tensor_mode(Tensor self, Tensor other, *, str? rounding_mode) -> Tensor
     */
    divide(other: Scalar): Tensor;
    divide(other: Scalar, opts?: { roundingMode?: string | null }): Tensor;
    divide(other: Tensor): Tensor;
    divide(other: Tensor, opts?: { roundingMode?: string | null }): Tensor;
    /**
     * aten::divide_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::divide_.Scalar_mode(Tensor(a!) self, Scalar other, *, str? rounding_mode) -> Tensor(a!)
     * aten::divide_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     * aten::divide_.Tensor_mode(Tensor(a!) self, Tensor other, *, str? rounding_mode) -> Tensor(a!)
     */
    divide_(other: Scalar): this;
    divide_(other: Scalar, opts?: { roundingMode?: string | null }): this;
    divide_(other: Tensor): this;
    divide_(other: Tensor, opts?: { roundingMode?: string | null }): this;
    /**
     * aten::dot(Tensor self, Tensor tensor) -> Tensor
     */
    dot(tensor: Tensor): Tensor;
    /**
     * aten::dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)
     */
    dropout_(p: number, train: boolean): this;
    /**
     * aten::dsplit.array(Tensor(a -> *) self, int[] indices) -> Tensor(a)[]
     * aten::dsplit.int(Tensor(a -> *) self, int sections) -> Tensor(a)[]
     */
    dsplit(indices: number[]): Tensor[];
    dsplit(sections: number): Tensor[];
    /**
     * aten::elu(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor
     */
    elu(opts?: { alpha?: Scalar; scale?: Scalar; inputScale?: Scalar }): Tensor;
    /**
     * aten::elu_(Tensor(a!) self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor(a!)
     */
    elu_(opts?: { alpha?: Scalar; scale?: Scalar; inputScale?: Scalar }): this;
    /**
     * aten::embedding_renorm(Tensor self, Tensor indices, float max_norm, float norm_type) -> Tensor
     */
    embeddingRenorm(indices: Tensor, maxNorm: number, normType: number): Tensor;
    /**
     * aten::embedding_renorm_(Tensor(a!) self, Tensor indices, float max_norm, float norm_type) -> Tensor(a!)
     */
    embeddingRenorm_(indices: Tensor, maxNorm: number, normType: number): this;
    /**
     * aten::empty_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
     */
    emptyLike(opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
    /**
     * aten::eq.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::eq.Tensor(Tensor self, Tensor other) -> Tensor
     */
    eq(other: Scalar): Tensor;
    eq(other: Tensor): Tensor;
    /**
     * aten::eq_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::eq_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    eq_(other: Scalar): this;
    eq_(other: Tensor): this;
    /**
     * aten::equal(Tensor self, Tensor other) -> bool
     */
    equal(other: Tensor): boolean;
    /**
     * aten::erf(Tensor self) -> Tensor
     */
    erf(): Tensor;
    /**
     * aten::erf_(Tensor(a!) self) -> Tensor(a!)
     */
    erf_(): this;
    /**
     * aten::erfc(Tensor self) -> Tensor
     */
    erfc(): Tensor;
    /**
     * aten::erfc_(Tensor(a!) self) -> Tensor(a!)
     */
    erfc_(): this;
    /**
     * aten::erfinv(Tensor self) -> Tensor
     */
    erfinv(): Tensor;
    /**
     * aten::erfinv_(Tensor(a!) self) -> Tensor(a!)
     */
    erfinv_(): this;
    /**
     * aten::exp(Tensor self) -> Tensor
     */
    exp(): Tensor;
    /**
     * aten::exp2(Tensor self) -> Tensor
     */
    exp2(): Tensor;
    /**
     * aten::exp2_(Tensor(a!) self) -> Tensor(a!)
     */
    exp2_(): this;
    /**
     * aten::exp_(Tensor(a!) self) -> Tensor(a!)
     */
    exp_(): this;
    /**
     * aten::expand(Tensor(a) self, SymInt[] size, *, bool implicit=False) -> Tensor(a)
     */
    expand(size: number[], opts?: { implicit?: boolean }): Tensor;
    /**
     * aten::expand_as(Tensor(a) self, Tensor other) -> Tensor(a)
     */
    expandAs(other: Tensor): Tensor;
    /**
     * aten::expand_copy(Tensor self, SymInt[] size, *, bool implicit=False) -> Tensor
     */
    expandCopy(size: number[], opts?: { implicit?: boolean }): Tensor;
    /**
     * aten::expm1(Tensor self) -> Tensor
     */
    expm1(): Tensor;
    /**
     * aten::expm1_(Tensor(a!) self) -> Tensor(a!)
     */
    expm1_(): this;
    /**
     * aten::exponential(Tensor self, float lambd=1., *, Generator? generator=None) -> Tensor
     */
    exponential(opts?: { lambd?: number; generator?: null }): Tensor;
    /**
     * aten::exponential_(Tensor(a!) self, float lambd=1., *, Generator? generator=None) -> Tensor(a!)
     */
    exponential_(opts?: { lambd?: number; generator?: null }): this;
    /**
     * aten::fake_quantize_per_channel_affine(Tensor self, Tensor scale, Tensor zero_point, int axis, int quant_min, int quant_max) -> Tensor
     */
    fakeQuantizePerChannelAffine(scale: Tensor, zeroPoint: Tensor, axis: number, quantMin: number, quantMax: number): Tensor;
    /**
     * aten::fake_quantize_per_channel_affine_cachemask(Tensor self, Tensor scale, Tensor zero_point, int axis, int quant_min, int quant_max) -> (Tensor output, Tensor mask)
     */
    fakeQuantizePerChannelAffineCachemask(scale: Tensor, zeroPoint: Tensor, axis: number, quantMin: number, quantMax: number): [Tensor, Tensor];
    /**
     * aten::fake_quantize_per_tensor_affine(Tensor self, float scale, int zero_point, int quant_min, int quant_max) -> Tensor
     * aten::fake_quantize_per_tensor_affine.tensor_qparams(Tensor self, Tensor scale, Tensor zero_point, int quant_min, int quant_max) -> Tensor
     */
    fakeQuantizePerTensorAffine(scale: number, zeroPoint: number, quantMin: number, quantMax: number): Tensor;
    fakeQuantizePerTensorAffine(scale: Tensor, zeroPoint: Tensor, quantMin: number, quantMax: number): Tensor;
    /**
     * aten::fake_quantize_per_tensor_affine_cachemask(Tensor self, float scale, int zero_point, int quant_min, int quant_max) -> (Tensor output, Tensor mask)
     */
    fakeQuantizePerTensorAffineCachemask(scale: number, zeroPoint: number, quantMin: number, quantMax: number): [Tensor, Tensor];
    /**
     * aten::feature_alpha_dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)
     */
    featureAlphaDropout_(p: number, train: boolean): this;
    /**
     * aten::feature_dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)
     */
    featureDropout_(p: number, train: boolean): this;
    /**
     * aten::fft_fft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor
     */
    fftFft(opts?: { n?: number | null; dim?: number; norm?: string | null }): Tensor;
    /**
     * aten::fft_fft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor
     */
    fftFft2(opts?: { s?: number | number[] | null; dim?: number | number[]; norm?: string | null }): Tensor;
    /**
     * aten::fft_fftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor
     */
    fftFftn(opts?: { s?: number | number[] | null; dim?: number | number[] | null; norm?: string | null }): Tensor;
    /**
     * aten::fft_fftshift(Tensor self, int[1]? dim=None) -> Tensor
     */
    fftFftshift(opts?: { dim?: number | number[] | null }): Tensor;
    /**
     * aten::fft_hfft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor
     */
    fftHfft(opts?: { n?: number | null; dim?: number; norm?: string | null }): Tensor;
    /**
     * aten::fft_hfft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor
     */
    fftHfft2(opts?: { s?: number | number[] | null; dim?: number | number[]; norm?: string | null }): Tensor;
    /**
     * aten::fft_hfftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor
     */
    fftHfftn(opts?: { s?: number | number[] | null; dim?: number | number[] | null; norm?: string | null }): Tensor;
    /**
     * aten::fft_ifft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor
     */
    fftIfft(opts?: { n?: number | null; dim?: number; norm?: string | null }): Tensor;
    /**
     * aten::fft_ifft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor
     */
    fftIfft2(opts?: { s?: number | number[] | null; dim?: number | number[]; norm?: string | null }): Tensor;
    /**
     * aten::fft_ifftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor
     */
    fftIfftn(opts?: { s?: number | number[] | null; dim?: number | number[] | null; norm?: string | null }): Tensor;
    /**
     * aten::fft_ifftshift(Tensor self, int[1]? dim=None) -> Tensor
     */
    fftIfftshift(opts?: { dim?: number | number[] | null }): Tensor;
    /**
     * aten::fft_ihfft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor
     */
    fftIhfft(opts?: { n?: number | null; dim?: number; norm?: string | null }): Tensor;
    /**
     * aten::fft_ihfft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor
     */
    fftIhfft2(opts?: { s?: number | number[] | null; dim?: number | number[]; norm?: string | null }): Tensor;
    /**
     * aten::fft_ihfftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor
     */
    fftIhfftn(opts?: { s?: number | number[] | null; dim?: number | number[] | null; norm?: string | null }): Tensor;
    /**
     * aten::fft_irfft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor
     */
    fftIrfft(opts?: { n?: number | null; dim?: number; norm?: string | null }): Tensor;
    /**
     * aten::fft_irfft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor
     */
    fftIrfft2(opts?: { s?: number | number[] | null; dim?: number | number[]; norm?: string | null }): Tensor;
    /**
     * aten::fft_irfftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor
     */
    fftIrfftn(opts?: { s?: number | number[] | null; dim?: number | number[] | null; norm?: string | null }): Tensor;
    /**
     * aten::fft_rfft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor
     */
    fftRfft(opts?: { n?: number | null; dim?: number; norm?: string | null }): Tensor;
    /**
     * aten::fft_rfft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor
     */
    fftRfft2(opts?: { s?: number | number[] | null; dim?: number | number[]; norm?: string | null }): Tensor;
    /**
     * aten::fft_rfftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor
     */
    fftRfftn(opts?: { s?: number | number[] | null; dim?: number | number[] | null; norm?: string | null }): Tensor;
    /**
     * aten::fill.Scalar(Tensor self, Scalar value) -> Tensor
     * aten::fill.Tensor(Tensor self, Tensor value) -> Tensor
     */
    fill(value: Scalar): Tensor;
    fill(value: Tensor): Tensor;
    /**
     * aten::fill_.Scalar(Tensor(a!) self, Scalar value) -> Tensor(a!)
     * aten::fill_.Tensor(Tensor(a!) self, Tensor value) -> Tensor(a!)
     */
    fill_(value: Scalar): this;
    fill_(value: Tensor): this;
    /**
     * aten::fill_diagonal_(Tensor(a!) self, Scalar fill_value, bool wrap=False) -> Tensor(a!)
     */
    fillDiagonal_(fillValue: Scalar, opts?: { wrap?: boolean }): this;
    /**
     * aten::fix(Tensor self) -> Tensor
     */
    fix(): Tensor;
    /**
     * aten::fix_(Tensor(a!) self) -> Tensor(a!)
     */
    fix_(): this;
    /**
     * aten::flatten.using_ints(Tensor(a) self, int start_dim=0, int end_dim=-1) -> Tensor(a)
     */
    flatten(opts?: { startDim?: number; endDim?: number }): Tensor;
    /**
     * aten::flip(Tensor self, int[] dims) -> Tensor
     */
    flip(dims: number[]): Tensor;
    /**
     * aten::fliplr(Tensor self) -> Tensor
     */
    fliplr(): Tensor;
    /**
     * aten::flipud(Tensor self) -> Tensor
     */
    flipud(): Tensor;
    /**
     * aten::float_power.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor
     * aten::float_power.Tensor_Tensor(Tensor self, Tensor exponent) -> Tensor
     */
    floatPower(exponent: Scalar): Tensor;
    floatPower(exponent: Tensor): Tensor;
    /**
     * aten::float_power_.Scalar(Tensor(a!) self, Scalar exponent) -> Tensor(a!)
     * aten::float_power_.Tensor(Tensor(a!) self, Tensor exponent) -> Tensor(a!)
     */
    floatPower_(exponent: Scalar): this;
    floatPower_(exponent: Tensor): this;
    /**
     * aten::floor(Tensor self) -> Tensor
     */
    floor(): Tensor;
    /**
     * aten::floor_(Tensor(a!) self) -> Tensor(a!)
     */
    floor_(): this;
    /**
     * aten::floor_divide(Tensor self, Tensor other) -> Tensor
     * aten::floor_divide.Scalar(Tensor self, Scalar other) -> Tensor
     */
    floorDivide(other: Tensor): Tensor;
    floorDivide(other: Scalar): Tensor;
    /**
     * aten::floor_divide_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::floor_divide_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    floorDivide_(other: Scalar): this;
    floorDivide_(other: Tensor): this;
    /**
     * aten::fmax(Tensor self, Tensor other) -> Tensor
     */
    fmax(other: Tensor): Tensor;
    /**
     * aten::fmin(Tensor self, Tensor other) -> Tensor
     */
    fmin(other: Tensor): Tensor;
    /**
     * aten::fmod.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::fmod.Tensor(Tensor self, Tensor other) -> Tensor
     */
    fmod(other: Scalar): Tensor;
    fmod(other: Tensor): Tensor;
    /**
     * aten::fmod_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::fmod_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    fmod_(other: Scalar): this;
    fmod_(other: Tensor): this;
    /**
     * aten::frac(Tensor self) -> Tensor
     */
    frac(): Tensor;
    /**
     * aten::frac_(Tensor(a!) self) -> Tensor(a!)
     */
    frac_(): this;
    /**
     * aten::fractional_max_pool2d(Tensor self, int[2] kernel_size, int[2] output_size, Tensor random_samples) -> (Tensor, Tensor)
     */
    fractionalMaxPool2d(kernelSize: number | number[], outputSize: number | number[], randomSamples: Tensor): [Tensor, Tensor];
    /**
     * aten::fractional_max_pool3d(Tensor self, int[3] kernel_size, int[3] output_size, Tensor random_samples) -> (Tensor, Tensor)
     */
    fractionalMaxPool3d(kernelSize: number | number[], outputSize: number | number[], randomSamples: Tensor): [Tensor, Tensor];
    /**
     * aten::frexp.Tensor(Tensor self) -> (Tensor mantissa, Tensor exponent)
     */
    frexp(): [Tensor, Tensor];
    /**
     * aten::frobenius_norm(Tensor self) -> Tensor
     * aten::frobenius_norm.dim(Tensor self, int[1] dim, bool keepdim=False) -> Tensor
     */
    frobeniusNorm(): Tensor;
    frobeniusNorm(dim: number | number[], opts?: { keepdim?: boolean }): Tensor;
    /**
     * aten::full_like(Tensor self, Scalar fill_value, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
     */
    fullLike(fillValue: Scalar, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
    /**
     * aten::fused_moving_avg_obs_fake_quant(Tensor self, Tensor observer_on, Tensor fake_quant_on, Tensor(a!) running_min, Tensor(b!) running_max, Tensor(c!) scale, Tensor(d!) zero_point, float averaging_const, int quant_min, int quant_max, int ch_axis, bool per_row_fake_quant=False, bool symmetric_quant=False) -> Tensor
     */
    fusedMovingAvgObsFakeQuant(observerOn: Tensor, fakeQuantOn: Tensor, runningMin: Tensor, runningMax: Tensor, scale: Tensor, zeroPoint: Tensor, averagingConst: number, quantMin: number, quantMax: number, chAxis: number, opts?: { perRowFakeQuant?: boolean; symmetricQuant?: boolean }): Tensor;
    /**
     * aten::gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor
     * aten::gather.dimname(Tensor self, str dim, Tensor index, *, bool sparse_grad=False) -> Tensor
     */
    gather(dim: number, index: Tensor, opts?: { sparseGrad?: boolean }): Tensor;
    gather(dim: string, index: Tensor, opts?: { sparseGrad?: boolean }): Tensor;
    /**
     * aten::gcd(Tensor self, Tensor other) -> Tensor
     */
    gcd(other: Tensor): Tensor;
    /**
     * aten::gcd_(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    gcd_(other: Tensor): this;
    /**
     * aten::ge.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::ge.Tensor(Tensor self, Tensor other) -> Tensor
     */
    ge(other: Scalar): Tensor;
    ge(other: Tensor): Tensor;
    /**
     * aten::ge_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::ge_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    ge_(other: Scalar): this;
    ge_(other: Tensor): this;
    /**
     * aten::gelu(Tensor self, *, str approximate="none") -> Tensor
     */
    gelu(opts?: { approximate?: string }): Tensor;
    /**
     * aten::gelu_(Tensor(a!) self, *, str approximate="none") -> Tensor(a!)
     */
    gelu_(opts?: { approximate?: string }): this;
    /**
     * aten::geometric(Tensor self, float p, *, Generator? generator=None) -> Tensor
     */
    geometric(p: number, opts?: { generator?: null }): Tensor;
    /**
     * aten::geometric_(Tensor(a!) self, float p, *, Generator? generator=None) -> Tensor(a!)
     */
    geometric_(p: number, opts?: { generator?: null }): this;
    /**
     * aten::geqrf(Tensor self) -> (Tensor a, Tensor tau)
     */
    geqrf(): [Tensor, Tensor];
    /**
     * aten::ger(Tensor self, Tensor vec2) -> Tensor
     */
    ger(vec2: Tensor): Tensor;
    /**
     * aten::glu(Tensor self, int dim=-1) -> Tensor
     */
    glu(opts?: { dim?: number }): Tensor;
    /**
     * aten::gradient.array(Tensor self, *, int[] dim, int edge_order=1) -> Tensor[]
     * aten::gradient.scalararray(Tensor self, *, Scalar spacing, int[] dim, int edge_order=1) -> Tensor[]
     * aten::gradient.scalarint(Tensor self, *, Scalar? spacing=None, int? dim=None, int edge_order=1) -> Tensor[]
     * aten::gradient.tensorarray(Tensor self, *, Tensor[] spacing, int[] dim, int edge_order=1) -> Tensor[]
     * aten::gradient.tensorarrayint(Tensor self, *, Tensor[] spacing, int? dim=None, int edge_order=1) -> Tensor[]
     */
    gradient(dim: number[], opts?: { edgeOrder?: number }): Tensor[];
    gradient(spacing: Scalar, dim: number[], opts?: { edgeOrder?: number }): Tensor[];
    gradient(opts?: { spacing?: Scalar | null; dim?: number | null; edgeOrder?: number }): Tensor[];
    gradient(spacing: Tensor[], dim: number[], opts?: { edgeOrder?: number }): Tensor[];
    gradient(spacing: Tensor[], opts?: { dim?: number | null; edgeOrder?: number }): Tensor[];
    /**
     * aten::greater.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::greater.Tensor(Tensor self, Tensor other) -> Tensor
     */
    greater(other: Scalar): Tensor;
    greater(other: Tensor): Tensor;
    /**
     * aten::greater_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::greater_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    greater_(other: Scalar): this;
    greater_(other: Tensor): this;
    /**
     * aten::greater_equal.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::greater_equal.Tensor(Tensor self, Tensor other) -> Tensor
     */
    greaterEqual(other: Scalar): Tensor;
    greaterEqual(other: Tensor): Tensor;
    /**
     * aten::greater_equal_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::greater_equal_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    greaterEqual_(other: Scalar): this;
    greaterEqual_(other: Tensor): this;
    /**
     * aten::gt.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::gt.Tensor(Tensor self, Tensor other) -> Tensor
     */
    gt(other: Scalar): Tensor;
    gt(other: Tensor): Tensor;
    /**
     * aten::gt_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::gt_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    gt_(other: Scalar): this;
    gt_(other: Tensor): this;
    /**
     * aten::hardshrink(Tensor self, Scalar lambd=0.5) -> Tensor
     */
    hardshrink(opts?: { lambd?: Scalar }): Tensor;
    /**
     * aten::hardsigmoid(Tensor self) -> Tensor
     */
    hardsigmoid(): Tensor;
    /**
     * aten::hardsigmoid_(Tensor(a!) self) -> Tensor(a!)
     */
    hardsigmoid_(): this;
    /**
     * aten::hardswish(Tensor self) -> Tensor
     */
    hardswish(): Tensor;
    /**
     * aten::hardswish_(Tensor(a!) self) -> Tensor(a!)
     */
    hardswish_(): this;
    /**
     * aten::hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor
     */
    hardtanh(opts?: { minVal?: Scalar; maxVal?: Scalar }): Tensor;
    /**
     * aten::hardtanh_(Tensor(a!) self, Scalar min_val=-1, Scalar max_val=1) -> Tensor(a!)
     */
    hardtanh_(opts?: { minVal?: Scalar; maxVal?: Scalar }): this;
    /**
     * aten::heaviside(Tensor self, Tensor values) -> Tensor
     */
    heaviside(values: Tensor): Tensor;
    /**
     * aten::heaviside_(Tensor(a!) self, Tensor values) -> Tensor(a!)
     */
    heaviside_(values: Tensor): this;
    /**
     * aten::hinge_embedding_loss(Tensor self, Tensor target, float margin=1., int reduction=1) -> Tensor
     */
    hingeEmbeddingLoss(target: Tensor, opts?: { margin?: number; reduction?: number }): Tensor;
    /**
     * aten::histc(Tensor self, int bins=100, Scalar min=0, Scalar max=0) -> Tensor
     */
    histc(opts?: { bins?: number; min?: Scalar; max?: Scalar }): Tensor;
    /**
     * aten::histogram.bin_ct(Tensor self, int bins=100, *, float[]? range=None, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor bin_edges)
     * aten::histogram.bins_tensor(Tensor self, Tensor bins, *, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor bin_edges)
     */
    histogram(opts?: { bins?: number; range?: number[] | null; weight?: Tensor | null; density?: boolean }): [Tensor, Tensor];
    histogram(bins: Tensor, opts?: { weight?: Tensor | null; density?: boolean }): [Tensor, Tensor];
    /**
     * aten::histogramdd(Tensor self, int[] bins, float[]? range=None, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor[] bin_edges)
     * aten::histogramdd.TensorList_bins(Tensor self, Tensor[] bins, float[]? range=None, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor[] bin_edges)
     * aten::histogramdd.int_bins(Tensor self, int bins, float[]? range=None, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor[] bin_edges)
     */
    histogramdd(bins: number[], opts?: { range?: number[] | null; weight?: Tensor | null; density?: boolean }): [Tensor, Tensor[]];
    histogramdd(bins: Tensor[], opts?: { range?: number[] | null; weight?: Tensor | null; density?: boolean }): [Tensor, Tensor[]];
    histogramdd(bins: number, opts?: { range?: number[] | null; weight?: Tensor | null; density?: boolean }): [Tensor, Tensor[]];
    /**
     * aten::hsplit.array(Tensor(a -> *) self, int[] indices) -> Tensor(a)[]
     * aten::hsplit.int(Tensor(a -> *) self, int sections) -> Tensor(a)[]
     */
    hsplit(indices: number[]): Tensor[];
    hsplit(sections: number): Tensor[];
    /**
     * aten::huber_loss(Tensor self, Tensor target, int reduction=1, float delta=1.) -> Tensor
     */
    huberLoss(target: Tensor, opts?: { reduction?: number; delta?: number }): Tensor;
    /**
     * aten::hypot(Tensor self, Tensor other) -> Tensor
     */
    hypot(other: Tensor): Tensor;
    /**
     * aten::hypot_(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    hypot_(other: Tensor): this;
    /**
     * aten::i0(Tensor self) -> Tensor
     */
    i0(): Tensor;
    /**
     * aten::i0_(Tensor(a!) self) -> Tensor(a!)
     */
    i0_(): this;
    /**
     * aten::igamma(Tensor self, Tensor other) -> Tensor
     */
    igamma(other: Tensor): Tensor;
    /**
     * aten::igamma_(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    igamma_(other: Tensor): this;
    /**
     * aten::igammac(Tensor self, Tensor other) -> Tensor
     */
    igammac(other: Tensor): Tensor;
    /**
     * aten::igammac_(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    igammac_(other: Tensor): this;
    /**
     * aten::im2col(Tensor self, int[2] kernel_size, int[2] dilation, int[2] padding, int[2] stride) -> Tensor
     */
    im2col(kernelSize: number | number[], dilation: number | number[], padding: number | number[], stride: number | number[]): Tensor;
    /**
     * aten::imag(Tensor(a) self) -> Tensor(a)
     */
    imag(): Tensor;
    /**
     * aten::index_add(Tensor self, int dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor
     * aten::index_add.dimname(Tensor self, str dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor
     */
    indexAdd(dim: number, index: Tensor, source: Tensor, opts?: { alpha?: Scalar }): Tensor;
    indexAdd(dim: string, index: Tensor, source: Tensor, opts?: { alpha?: Scalar }): Tensor;
    /**
     * aten::index_add_(Tensor(a!) self, int dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor(a!)
     */
    indexAdd_(dim: number, index: Tensor, source: Tensor, opts?: { alpha?: Scalar }): this;
    /**
     * aten::index_copy(Tensor self, int dim, Tensor index, Tensor source) -> Tensor
     * aten::index_copy.dimname(Tensor self, str dim, Tensor index, Tensor source) -> Tensor
     */
    indexCopy(dim: number, index: Tensor, source: Tensor): Tensor;
    indexCopy(dim: string, index: Tensor, source: Tensor): Tensor;
    /**
     * aten::index_copy_(Tensor(a!) self, int dim, Tensor index, Tensor source) -> Tensor(a!)
     * aten::index_copy_.dimname(Tensor(a!) self, str dim, Tensor index, Tensor source) -> Tensor(a!)
     */
    indexCopy_(dim: number, index: Tensor, source: Tensor): this;
    indexCopy_(dim: string, index: Tensor, source: Tensor): this;
    /**
     * aten::index_fill.int_Scalar(Tensor self, int dim, Tensor index, Scalar value) -> Tensor
     * aten::index_fill.int_Tensor(Tensor self, int dim, Tensor index, Tensor value) -> Tensor
     */
    indexFill(dim: number, index: Tensor, value: Scalar): Tensor;
    indexFill(dim: number, index: Tensor, value: Tensor): Tensor;
    /**
     * aten::index_fill_.int_Scalar(Tensor(a!) self, int dim, Tensor index, Scalar value) -> Tensor(a!)
     * aten::index_fill_.int_Tensor(Tensor(a!) self, int dim, Tensor index, Tensor value) -> Tensor(a!)
     */
    indexFill_(dim: number, index: Tensor, value: Scalar): this;
    indexFill_(dim: number, index: Tensor, value: Tensor): this;
    /**
     * aten::index_reduce(Tensor self, int dim, Tensor index, Tensor source, str reduce, *, bool include_self=True) -> Tensor
     */
    indexReduce(dim: number, index: Tensor, source: Tensor, reduce: string, opts?: { includeSelf?: boolean }): Tensor;
    /**
     * aten::index_reduce_(Tensor(a!) self, int dim, Tensor index, Tensor source, str reduce, *, bool include_self=True) -> Tensor(a!)
     */
    indexReduce_(dim: number, index: Tensor, source: Tensor, reduce: string, opts?: { includeSelf?: boolean }): this;
    /**
     * aten::index_select(Tensor self, int dim, Tensor index) -> Tensor
     * aten::index_select.dimname(Tensor self, str dim, Tensor index) -> Tensor
     */
    indexSelect(dim: number, index: Tensor): Tensor;
    indexSelect(dim: string, index: Tensor): Tensor;
    /**
     * aten::indices(Tensor(a) self) -> Tensor(a)
     */
    indices(): Tensor;
    /**
     * aten::indices_copy(Tensor self) -> Tensor
     */
    indicesCopy(): Tensor;
    /**
     * aten::inner(Tensor self, Tensor other) -> Tensor
     */
    inner(other: Tensor): Tensor;
    /**
     * aten::int_repr(Tensor self) -> Tensor
     */
    intRepr(): Tensor;
    /**
     * aten::inverse(Tensor self) -> Tensor
     */
    inverse(): Tensor;
    /**
     * aten::is_coalesced(Tensor self) -> bool
     */
    isCoalesced(): boolean;
    /**
     * aten::is_complex(Tensor self) -> bool
     */
    isComplex(): boolean;
    /**
     * aten::is_conj(Tensor self) -> bool
     */
    isConj(): boolean;
    /**
     * aten::is_distributed(Tensor self) -> bool
     */
    isDistributed(): boolean;
    /**
     * aten::is_floating_point(Tensor self) -> bool
     */
    isFloatingPoint(): boolean;
    /**
     * aten::is_neg(Tensor self) -> bool
     */
    isNeg(): boolean;
    /**
     * aten::is_nonzero(Tensor self) -> bool
     */
    isNonzero(): boolean;
    /**
     * aten::is_pinned(Tensor self, Device? device=None) -> bool
     */
    isPinned(opts?: { device?: string | null }): boolean;
    /**
     * aten::is_same_size(Tensor self, Tensor other) -> bool
     */
    isSameSize(other: Tensor): boolean;
    /**
     * aten::is_set_to(Tensor self, Tensor tensor) -> bool
     */
    isSetTo(tensor: Tensor): boolean;
    /**
     * aten::is_signed(Tensor self) -> bool
     */
    isSigned(): boolean;
    /**
     * aten::isclose(Tensor self, Tensor other, float rtol=1.0000000000000001e-05, float atol=1e-08, bool equal_nan=False) -> Tensor
     */
    isclose(other: Tensor, opts?: { rtol?: number; atol?: number; equalNan?: boolean }): Tensor;
    /**
     * aten::isfinite(Tensor self) -> Tensor
     */
    isfinite(): Tensor;
    /**
     * aten::isinf(Tensor self) -> Tensor
     */
    isinf(): Tensor;
    /**
     * aten::isnan(Tensor self) -> Tensor
     */
    isnan(): Tensor;
    /**
     * aten::isneginf(Tensor self) -> Tensor
     */
    isneginf(): Tensor;
    /**
     * aten::isposinf(Tensor self) -> Tensor
     */
    isposinf(): Tensor;
    /**
     * aten::isreal(Tensor self) -> Tensor
     */
    isreal(): Tensor;
    /**
     * aten::istft(Tensor self, int n_fft, int? hop_length=None, int? win_length=None, Tensor? window=None, bool center=True, bool normalized=False, bool? onesided=None, int? length=None, bool return_complex=False) -> Tensor
     */
    istft(nFft: number, opts?: { hopLength?: number | null; winLength?: number | null; window?: Tensor | null; center?: boolean; normalized?: boolean; onesided?: boolean | null; length?: number | null; returnComplex?: boolean }): Tensor;
    /**
     * aten::kl_div(Tensor self, Tensor target, int reduction=1, *, bool log_target=False) -> Tensor
     */
    klDiv(target: Tensor, opts?: { reduction?: number; logTarget?: boolean }): Tensor;
    /**
     * aten::kron(Tensor self, Tensor other) -> Tensor
     */
    kron(other: Tensor): Tensor;
    /**
     * aten::kthvalue(Tensor self, int k, int dim=-1, bool keepdim=False) -> (Tensor values, Tensor indices)
     * aten::kthvalue.dimname(Tensor self, int k, str dim, bool keepdim=False) -> (Tensor values, Tensor indices)
     */
    kthvalue(k: number, opts?: { dim?: number; keepdim?: boolean }): [Tensor, Tensor];
    kthvalue(k: number, dim: string, opts?: { keepdim?: boolean }): [Tensor, Tensor];
    /**
     * aten::l1_loss(Tensor self, Tensor target, int reduction=1) -> Tensor
     */
    l1Loss(target: Tensor, opts?: { reduction?: number }): Tensor;
    /**
     * aten::lcm(Tensor self, Tensor other) -> Tensor
     */
    lcm(other: Tensor): Tensor;
    /**
     * aten::lcm_(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    lcm_(other: Tensor): this;
    /**
     * aten::ldexp.Tensor(Tensor self, Tensor other) -> Tensor
     */
    ldexp(other: Tensor): Tensor;
    /**
     * aten::ldexp_(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    ldexp_(other: Tensor): this;
    /**
     * aten::le.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::le.Tensor(Tensor self, Tensor other) -> Tensor
     */
    le(other: Scalar): Tensor;
    le(other: Tensor): Tensor;
    /**
     * aten::le_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::le_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    le_(other: Scalar): this;
    le_(other: Tensor): this;
    /**
     * aten::leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor
     */
    leakyRelu(opts?: { negativeSlope?: Scalar }): Tensor;
    /**
     * aten::leaky_relu_(Tensor(a!) self, Scalar negative_slope=0.01) -> Tensor(a!)
     */
    leakyRelu_(opts?: { negativeSlope?: Scalar }): this;
    /**
     * aten::lerp.Scalar(Tensor self, Tensor end, Scalar weight) -> Tensor
     * aten::lerp.Tensor(Tensor self, Tensor end, Tensor weight) -> Tensor
     */
    lerp(end: Tensor, weight: Scalar): Tensor;
    lerp(end: Tensor, weight: Tensor): Tensor;
    /**
     * aten::lerp_.Scalar(Tensor(a!) self, Tensor end, Scalar weight) -> Tensor(a!)
     * aten::lerp_.Tensor(Tensor(a!) self, Tensor end, Tensor weight) -> Tensor(a!)
     */
    lerp_(end: Tensor, weight: Scalar): this;
    lerp_(end: Tensor, weight: Tensor): this;
    /**
     * aten::less.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::less.Tensor(Tensor self, Tensor other) -> Tensor
     */
    less(other: Scalar): Tensor;
    less(other: Tensor): Tensor;
    /**
     * aten::less_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::less_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    less_(other: Scalar): this;
    less_(other: Tensor): this;
    /**
     * aten::less_equal.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::less_equal.Tensor(Tensor self, Tensor other) -> Tensor
     */
    lessEqual(other: Scalar): Tensor;
    lessEqual(other: Tensor): Tensor;
    /**
     * aten::less_equal_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::less_equal_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    lessEqual_(other: Scalar): this;
    lessEqual_(other: Tensor): this;
    /**
     * aten::lgamma(Tensor self) -> Tensor
     */
    lgamma(): Tensor;
    /**
     * aten::lgamma_(Tensor(a!) self) -> Tensor(a!)
     */
    lgamma_(): this;
    /**
     * aten::lift(Tensor self) -> Tensor
     */
    lift(): Tensor;
    /**
     * aten::lift_fresh(Tensor(a) self) -> Tensor(a)
     */
    liftFresh(): Tensor;
    /**
     * aten::lift_fresh_copy(Tensor self) -> Tensor
     */
    liftFreshCopy(): Tensor;
    /**
     * aten::linalg_cholesky(Tensor self, *, bool upper=False) -> Tensor
     */
    linalgCholesky(opts?: { upper?: boolean }): Tensor;
    /**
     * aten::linalg_cholesky_ex(Tensor self, *, bool upper=False, bool check_errors=False) -> (Tensor L, Tensor info)
     */
    linalgCholeskyEx(opts?: { upper?: boolean; checkErrors?: boolean }): [Tensor, Tensor];
    /**
     * aten::linalg_cond(Tensor self, Scalar? p=None) -> Tensor
     * aten::linalg_cond.p_str(Tensor self, str p) -> Tensor
     */
    linalgCond(opts?: { p?: Scalar | null }): Tensor;
    linalgCond(p: string): Tensor;
    /**
     * aten::linalg_cross(Tensor self, Tensor other, *, int dim=-1) -> Tensor
     */
    linalgCross(other: Tensor, opts?: { dim?: number }): Tensor;
    /**
     * aten::linalg_eig(Tensor self) -> (Tensor eigenvalues, Tensor eigenvectors)
     */
    linalgEig(): [Tensor, Tensor];
    /**
     * aten::linalg_eigh(Tensor self, str UPLO="L") -> (Tensor eigenvalues, Tensor eigenvectors)
     */
    linalgEigh(opts?: { UPLO?: string }): [Tensor, Tensor];
    /**
     * aten::linalg_eigvals(Tensor self) -> Tensor
     */
    linalgEigvals(): Tensor;
    /**
     * aten::linalg_eigvalsh(Tensor self, str UPLO="L") -> Tensor
     */
    linalgEigvalsh(opts?: { UPLO?: string }): Tensor;
    /**
     * aten::linalg_ldl_factor(Tensor self, *, bool hermitian=False) -> (Tensor LD, Tensor pivots)
     */
    linalgLdlFactor(opts?: { hermitian?: boolean }): [Tensor, Tensor];
    /**
     * aten::linalg_ldl_factor_ex(Tensor self, *, bool hermitian=False, bool check_errors=False) -> (Tensor LD, Tensor pivots, Tensor info)
     */
    linalgLdlFactorEx(opts?: { hermitian?: boolean; checkErrors?: boolean }): [Tensor, Tensor, Tensor];
    /**
     * aten::linalg_lstsq(Tensor self, Tensor b, float? rcond=None, *, str? driver=None) -> (Tensor solution, Tensor residuals, Tensor rank, Tensor singular_values)
     */
    linalgLstsq(b: Tensor, opts?: { rcond?: number | null; driver?: string | null }): [Tensor, Tensor, Tensor, Tensor];
    /**
     * aten::linalg_matmul(Tensor self, Tensor other) -> Tensor
     */
    linalgMatmul(other: Tensor): Tensor;
    /**
     * aten::linalg_matrix_exp(Tensor self) -> Tensor
     */
    linalgMatrixExp(): Tensor;
    /**
     * aten::linalg_matrix_norm(Tensor self, Scalar ord, int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
     * aten::linalg_matrix_norm.str_ord(Tensor self, str ord="fro", int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
     */
    linalgMatrixNorm(ord: Scalar, opts?: { dim?: number[]; keepdim?: boolean; dtype?: DType | null }): Tensor;
    linalgMatrixNorm(opts?: { ord?: string; dim?: number[]; keepdim?: boolean; dtype?: DType | null }): Tensor;
    /**
     * aten::linalg_matrix_power(Tensor self, int n) -> Tensor
     */
    linalgMatrixPower(n: number): Tensor;
    /**
     * aten::linalg_matrix_rank(Tensor self, float tol, bool hermitian=False) -> Tensor
     * aten::linalg_matrix_rank.atol_rtol_float(Tensor self, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor
     */
    linalgMatrixRank(tol: number, opts?: { hermitian?: boolean }): Tensor;
    linalgMatrixRank(opts?: { atol?: number | null; rtol?: number | null; hermitian?: boolean }): Tensor;
    /**
     * aten::linalg_norm(Tensor self, Scalar? ord=None, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
     * aten::linalg_norm.ord_str(Tensor self, str ord, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
     */
    linalgNorm(opts?: { ord?: Scalar | null; dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
    linalgNorm(ord: string, opts?: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
    /**
     * aten::linalg_pinv(Tensor self, float rcond, bool hermitian=False) -> Tensor
     * aten::linalg_pinv.atol_rtol_float(Tensor self, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor
     * aten::linalg_pinv.atol_rtol_tensor(Tensor self, *, Tensor? atol=None, Tensor? rtol=None, bool hermitian=False) -> Tensor
     * aten::linalg_pinv.rcond_tensor(Tensor self, Tensor rcond, bool hermitian=False) -> Tensor
     */
    linalgPinv(rcond: number, opts?: { hermitian?: boolean }): Tensor;
    linalgPinv(opts?: { atol?: number | null; rtol?: number | null; hermitian?: boolean }): Tensor;
    linalgPinv(opts?: { atol?: Tensor | null; rtol?: Tensor | null; hermitian?: boolean }): Tensor;
    linalgPinv(rcond: Tensor, opts?: { hermitian?: boolean }): Tensor;
    /**
     * aten::linalg_solve_triangular(Tensor self, Tensor B, *, bool upper, bool left=True, bool unitriangular=False) -> Tensor
     */
    linalgSolveTriangular(B: Tensor, upper: boolean, opts?: { left?: boolean; unitriangular?: boolean }): Tensor;
    /**
     * aten::linalg_tensorinv(Tensor self, int ind=2) -> Tensor
     */
    linalgTensorinv(opts?: { ind?: number }): Tensor;
    /**
     * aten::linalg_tensorsolve(Tensor self, Tensor other, int[]? dims=None) -> Tensor
     */
    linalgTensorsolve(other: Tensor, opts?: { dims?: number[] | null }): Tensor;
    /**
     * aten::linalg_vector_norm(Tensor self, Scalar ord=2, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
     */
    linalgVectorNorm(opts?: { ord?: Scalar; dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
    /**
     * aten::log(Tensor self) -> Tensor
     */
    log(): Tensor;
    /**
     * aten::log10(Tensor self) -> Tensor
     */
    log10(): Tensor;
    /**
     * aten::log10_(Tensor(a!) self) -> Tensor(a!)
     */
    log10_(): this;
    /**
     * aten::log1p(Tensor self) -> Tensor
     */
    log1p(): Tensor;
    /**
     * aten::log1p_(Tensor(a!) self) -> Tensor(a!)
     */
    log1p_(): this;
    /**
     * aten::log2(Tensor self) -> Tensor
     */
    log2(): Tensor;
    /**
     * aten::log2_(Tensor(a!) self) -> Tensor(a!)
     */
    log2_(): this;
    /**
     * aten::log_(Tensor(a!) self) -> Tensor(a!)
     */
    log_(): this;
    /**
     * aten::log_normal(Tensor self, float mean=1., float std=2., *, Generator? generator=None) -> Tensor
     */
    logNormal(opts?: { mean?: number; std?: number; generator?: null }): Tensor;
    /**
     * aten::log_normal_(Tensor(a!) self, float mean=1., float std=2., *, Generator? generator=None) -> Tensor(a!)
     */
    logNormal_(opts?: { mean?: number; std?: number; generator?: null }): this;
    /**
     * aten::log_sigmoid(Tensor self) -> Tensor
     */
    logSigmoid(): Tensor;
    /**
     * aten::log_softmax.int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor
     */
    logSoftmax(dim: number, opts?: { dtype?: DType | null }): Tensor;
    /**
     * aten::logaddexp(Tensor self, Tensor other) -> Tensor
     */
    logaddexp(other: Tensor): Tensor;
    /**
     * aten::logaddexp2(Tensor self, Tensor other) -> Tensor
     */
    logaddexp2(other: Tensor): Tensor;
    /**
     * aten::logcumsumexp(Tensor self, int dim) -> Tensor
     * aten::logcumsumexp.dimname(Tensor self, str dim) -> Tensor
     */
    logcumsumexp(dim: number): Tensor;
    logcumsumexp(dim: string): Tensor;
    /**
     * aten::logdet(Tensor self) -> Tensor
     */
    logdet(): Tensor;
    /**
     * aten::logical_and(Tensor self, Tensor other) -> Tensor
     */
    logicalAnd(other: Tensor): Tensor;
    /**
     * aten::logical_and_(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    logicalAnd_(other: Tensor): this;
    /**
     * aten::logical_not(Tensor self) -> Tensor
     */
    logicalNot(): Tensor;
    /**
     * aten::logical_not_(Tensor(a!) self) -> Tensor(a!)
     */
    logicalNot_(): this;
    /**
     * aten::logical_or(Tensor self, Tensor other) -> Tensor
     */
    logicalOr(other: Tensor): Tensor;
    /**
     * aten::logical_or_(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    logicalOr_(other: Tensor): this;
    /**
     * aten::logical_xor(Tensor self, Tensor other) -> Tensor
     */
    logicalXor(other: Tensor): Tensor;
    /**
     * aten::logical_xor_(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    logicalXor_(other: Tensor): this;
    /**
     * aten::logit(Tensor self, float? eps=None) -> Tensor
     */
    logit(opts?: { eps?: number | null }): Tensor;
    /**
     * aten::logit_(Tensor(a!) self, float? eps=None) -> Tensor(a!)
     */
    logit_(opts?: { eps?: number | null }): this;
    /**
     * aten::logsumexp(Tensor self, int[1] dim, bool keepdim=False) -> Tensor
     */
    logsumexp(dim: number | number[], opts?: { keepdim?: boolean }): Tensor;
    /**
     * aten::lt.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::lt.Tensor(Tensor self, Tensor other) -> Tensor
     */
    lt(other: Scalar): Tensor;
    lt(other: Tensor): Tensor;
    /**
     * aten::lt_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::lt_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    lt_(other: Scalar): this;
    lt_(other: Tensor): this;
    /**
     * aten::lu_solve(Tensor self, Tensor LU_data, Tensor LU_pivots) -> Tensor
     */
    luSolve(LUData: Tensor, LUPivots: Tensor): Tensor;
    /**
     * aten::mH(Tensor(a) self) -> Tensor(a)
     */
    mH(): Tensor;
    /**
     * aten::mT(Tensor(a) self) -> Tensor(a)
     */
    mT(): Tensor;
    /**
     * aten::masked_fill.Scalar(Tensor self, Tensor mask, Scalar value) -> Tensor
     * aten::masked_fill.Tensor(Tensor self, Tensor mask, Tensor value) -> Tensor
     */
    maskedFill(mask: Tensor, value: Scalar): Tensor;
    maskedFill(mask: Tensor, value: Tensor): Tensor;
    /**
     * aten::masked_fill_.Scalar(Tensor(a!) self, Tensor mask, Scalar value) -> Tensor(a!)
     * aten::masked_fill_.Tensor(Tensor(a!) self, Tensor mask, Tensor value) -> Tensor(a!)
     */
    maskedFill_(mask: Tensor, value: Scalar): this;
    maskedFill_(mask: Tensor, value: Tensor): this;
    /**
     * aten::masked_scatter(Tensor self, Tensor mask, Tensor source) -> Tensor
     */
    maskedScatter(mask: Tensor, source: Tensor): Tensor;
    /**
     * aten::masked_scatter_(Tensor(a!) self, Tensor mask, Tensor source) -> Tensor(a!)
     */
    maskedScatter_(mask: Tensor, source: Tensor): this;
    /**
     * aten::masked_select(Tensor self, Tensor mask) -> Tensor
     */
    maskedSelect(mask: Tensor): Tensor;
    /**
     * aten::matmul(Tensor self, Tensor other) -> Tensor
     */
    matmul(other: Tensor): Tensor;
    /**
     * aten::matrix_H(Tensor(a) self) -> Tensor(a)
     */
    matrix_H(): Tensor;
    /**
     * aten::matrix_exp(Tensor self) -> Tensor
     */
    matrixExp(): Tensor;
    /**
     * aten::matrix_power(Tensor self, int n) -> Tensor
     */
    matrixPower(n: number): Tensor;
    /**
     * aten::max(Tensor self) -> Tensor
     * aten::max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)
     * aten::max.other(Tensor self, Tensor other) -> Tensor
     */
    max(): Tensor;
    max(dim: number, opts?: { keepdim?: boolean }): [Tensor, Tensor];
    max(other: Tensor): Tensor;
    /**
     * aten::max_pool1d(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=[0], int[1] dilation=[1], bool ceil_mode=False) -> Tensor
     */
    maxPool1d(kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): Tensor;
    /**
     * aten::max_pool1d_with_indices(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=[0], int[1] dilation=[1], bool ceil_mode=False) -> (Tensor, Tensor)
     */
    maxPool1dWithIndices(kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): [Tensor, Tensor];
    /**
     * aten::max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor
     */
    maxPool2d(kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): Tensor;
    /**
     * aten::max_pool2d_with_indices(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> (Tensor, Tensor)
     */
    maxPool2dWithIndices(kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): [Tensor, Tensor];
    /**
     * aten::max_pool3d(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, int[3] dilation=1, bool ceil_mode=False) -> Tensor
     */
    maxPool3d(kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): Tensor;
    /**
     * aten::max_pool3d_with_indices(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, int[3] dilation=1, bool ceil_mode=False) -> (Tensor, Tensor)
     */
    maxPool3dWithIndices(kernelSize: number | number[], opts?: { stride?: number | number[]; padding?: number | number[]; dilation?: number | number[]; ceilMode?: boolean }): [Tensor, Tensor];
    /**
     * aten::max_unpool2d(Tensor self, Tensor indices, int[2] output_size) -> Tensor
     */
    maxUnpool2d(indices: Tensor, outputSize: number | number[]): Tensor;
    /**
     * aten::max_unpool3d(Tensor self, Tensor indices, int[3] output_size, int[3] stride, int[3] padding) -> Tensor
     */
    maxUnpool3d(indices: Tensor, outputSize: number | number[], stride: number | number[], padding: number | number[]): Tensor;
    /**
     * aten::maximum(Tensor self, Tensor other) -> Tensor
     */
    maximum(other: Tensor): Tensor;
    /**
     * aten::mean(Tensor self, *, ScalarType? dtype=None) -> Tensor
     * aten::mean.dim(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
     */
    mean(opts?: { dtype?: DType | null }): Tensor;
    mean(dim: number | number[] | null, opts?: { keepdim?: boolean; dtype?: DType | null }): Tensor;
    /**
     * aten::median(Tensor self) -> Tensor
     * aten::median.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)
     */
    median(): Tensor;
    median(dim: number, opts?: { keepdim?: boolean }): [Tensor, Tensor];
    /**
     * aten::min(Tensor self) -> Tensor
     * aten::min.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)
     * aten::min.other(Tensor self, Tensor other) -> Tensor
     */
    min(): Tensor;
    min(dim: number, opts?: { keepdim?: boolean }): [Tensor, Tensor];
    min(other: Tensor): Tensor;
    /**
     * aten::minimum(Tensor self, Tensor other) -> Tensor
     */
    minimum(other: Tensor): Tensor;
    /**
     * aten::mish(Tensor self) -> Tensor
     */
    mish(): Tensor;
    /**
     * aten::mish_(Tensor(a!) self) -> Tensor(a!)
     */
    mish_(): this;
    /**
     * aten::mm(Tensor self, Tensor mat2) -> Tensor
     */
    mm(mat2: Tensor): Tensor;
    /**
     * aten::mode(Tensor self, int dim=-1, bool keepdim=False) -> (Tensor values, Tensor indices)
     * aten::mode.dimname(Tensor self, str dim, bool keepdim=False) -> (Tensor values, Tensor indices)
     */
    mode(opts?: { dim?: number; keepdim?: boolean }): [Tensor, Tensor];
    mode(dim: string, opts?: { keepdim?: boolean }): [Tensor, Tensor];
    /**
     * aten::moveaxis.int(Tensor(a) self, int source, int destination) -> Tensor(a)
     * aten::moveaxis.intlist(Tensor(a) self, int[] source, int[] destination) -> Tensor(a)
     */
    moveaxis(source: number, destination: number): Tensor;
    moveaxis(source: number[], destination: number[]): Tensor;
    /**
     * aten::movedim.int(Tensor(a) self, int source, int destination) -> Tensor(a)
     * aten::movedim.intlist(Tensor(a) self, int[] source, int[] destination) -> Tensor(a)
     */
    movedim(source: number, destination: number): Tensor;
    movedim(source: number[], destination: number[]): Tensor;
    /**
     * aten::mse_loss(Tensor self, Tensor target, int reduction=1) -> Tensor
     */
    mseLoss(target: Tensor, opts?: { reduction?: number }): Tensor;
    /**
     * aten::msort(Tensor self) -> Tensor
     */
    msort(): Tensor;
    /**
     * aten::mul.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::mul.Tensor(Tensor self, Tensor other) -> Tensor
     */
    mul(other: Scalar): Tensor;
    mul(other: Tensor): Tensor;
    /**
     * aten::mul_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::mul_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    mul_(other: Scalar): this;
    mul_(other: Tensor): this;
    /**
     * aten::multi_margin_loss(Tensor self, Tensor target, Scalar p=1, Scalar margin=1, Tensor? weight=None, int reduction=1) -> Tensor
     */
    multiMarginLoss(target: Tensor, opts?: { p?: Scalar; margin?: Scalar; weight?: Tensor | null; reduction?: number }): Tensor;
    /**
     * aten::multilabel_margin_loss(Tensor self, Tensor target, int reduction=1) -> Tensor
     */
    multilabelMarginLoss(target: Tensor, opts?: { reduction?: number }): Tensor;
    /**
     * aten::multinomial(Tensor self, int num_samples, bool replacement=False, *, Generator? generator=None) -> Tensor
     */
    multinomial(numSamples: number, opts?: { replacement?: boolean; generator?: null }): Tensor;
    /**
     * aten::multiply.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::multiply.Tensor(Tensor self, Tensor other) -> Tensor
     */
    multiply(other: Scalar): Tensor;
    multiply(other: Tensor): Tensor;
    /**
     * aten::multiply_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::multiply_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    multiply_(other: Scalar): this;
    multiply_(other: Tensor): this;
    /**
     * aten::mv(Tensor self, Tensor vec) -> Tensor
     */
    mv(vec: Tensor): Tensor;
    /**
     * aten::mvlgamma(Tensor self, int p) -> Tensor
     */
    mvlgamma(p: number): Tensor;
    /**
     * aten::mvlgamma_(Tensor(a!) self, int p) -> Tensor(a!)
     */
    mvlgamma_(p: number): this;
    /**
     * aten::nan_to_num(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor
     */
    nanToNum(opts?: { nan?: number | null; posinf?: number | null; neginf?: number | null }): Tensor;
    /**
     * aten::nan_to_num_(Tensor(a!) self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor(a!)
     */
    nanToNum_(opts?: { nan?: number | null; posinf?: number | null; neginf?: number | null }): this;
    /**
     * aten::nanmean(Tensor self, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
     */
    nanmean(opts?: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
    /**
     * aten::nanmedian(Tensor self) -> Tensor
     * aten::nanmedian.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)
     */
    nanmedian(): Tensor;
    nanmedian(dim: number, opts?: { keepdim?: boolean }): [Tensor, Tensor];
    /**
     * aten::nanquantile(Tensor self, Tensor q, int? dim=None, bool keepdim=False, *, str interpolation="linear") -> Tensor
     * aten::nanquantile.scalar(Tensor self, float q, int? dim=None, bool keepdim=False, *, str interpolation="linear") -> Tensor
     */
    nanquantile(q: Tensor, opts?: { dim?: number | null; keepdim?: boolean; interpolation?: string }): Tensor;
    nanquantile(q: number, opts?: { dim?: number | null; keepdim?: boolean; interpolation?: string }): Tensor;
    /**
     * aten::nansum(Tensor self, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
     */
    nansum(opts?: { dim?: number | number[] | null; keepdim?: boolean; dtype?: DType | null }): Tensor;
    /**
     * aten::narrow(Tensor(a) self, int dim, int start, int length) -> Tensor(a)
     * aten::narrow.Tensor(Tensor(a) self, int dim, Tensor start, int length) -> Tensor(a)
     */
    narrow(dim: number, start: number, length: number): Tensor;
    narrow(dim: number, start: Tensor, length: number): Tensor;
    /**
     * aten::narrow_copy(Tensor self, int dim, SymInt start, SymInt length) -> Tensor
     */
    narrowCopy(dim: number, start: number, length: number): Tensor;
    /**
     * aten::native_channel_shuffle(Tensor self, int groups) -> Tensor
     */
    nativeChannelShuffle(groups: number): Tensor;
    /**
     * aten::native_norm(Tensor self, Scalar p=2) -> Tensor
     * aten::native_norm.ScalarOpt_dim_dtype(Tensor self, Scalar? p, int[1] dim, bool keepdim, ScalarType? dtype) -> Tensor
     */
    nativeNorm(opts?: { p?: Scalar }): Tensor;
    nativeNorm(p: Scalar | null, dim: number | number[], keepdim: boolean, dtype: DType | null): Tensor;
    /**
     * aten::ne.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::ne.Tensor(Tensor self, Tensor other) -> Tensor
     */
    ne(other: Scalar): Tensor;
    ne(other: Tensor): Tensor;
    /**
     * aten::ne_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::ne_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    ne_(other: Scalar): this;
    ne_(other: Tensor): this;
    /**
     * aten::neg(Tensor self) -> Tensor
     */
    neg(): Tensor;
    /**
     * aten::neg_(Tensor(a!) self) -> Tensor(a!)
     */
    neg_(): this;
    /**
     * aten::negative(Tensor self) -> Tensor
     */
    negative(): Tensor;
    /**
     * aten::negative_(Tensor(a!) self) -> Tensor(a!)
     */
    negative_(): this;
    /**
     * aten::nested_to_padded_tensor(Tensor self, float padding, int[]? output_size=None) -> Tensor
     */
    nestedToPaddedTensor(padding: number, opts?: { outputSize?: number[] | null }): Tensor;
    /**
     * aten::new_empty(Tensor self, SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
     */
    newEmpty(size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
    /**
     * aten::new_empty_strided(Tensor self, SymInt[] size, SymInt[] stride, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
     */
    newEmptyStrided(size: number[], stride: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
    /**
     * aten::new_full(Tensor self, SymInt[] size, Scalar fill_value, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
     */
    newFull(size: number[], fillValue: Scalar, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
    /**
     * aten::new_ones(Tensor self, SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
     */
    newOnes(size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
    /**
     * aten::new_zeros(Tensor self, SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor
     */
    newZeros(size: number[], opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null }): Tensor;
    /**
     * aten::nextafter(Tensor self, Tensor other) -> Tensor
     */
    nextafter(other: Tensor): Tensor;
    /**
     * aten::nextafter_(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    nextafter_(other: Tensor): this;
    /**
     * aten::nll_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor
     */
    nllLoss(target: Tensor, opts?: { weight?: Tensor | null; reduction?: number; ignoreIndex?: number }): Tensor;
    /**
     * aten::nll_loss2d(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor
     */
    nllLoss2d(target: Tensor, opts?: { weight?: Tensor | null; reduction?: number; ignoreIndex?: number }): Tensor;
    /**
     * aten::nll_loss_nd(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor
     */
    nllLossNd(target: Tensor, opts?: { weight?: Tensor | null; reduction?: number; ignoreIndex?: number }): Tensor;
    /**
     * aten::nonzero(Tensor self) -> Tensor
     */
    nonzero(): Tensor;
    /**
     * aten::nonzero_numpy(Tensor self) -> Tensor[]
     */
    nonzeroNumpy(): Tensor[];
    /**
     * aten::norm.Scalar(Tensor self, Scalar p=2) -> Tensor
     * aten::norm.ScalarOpt_dim(Tensor self, Scalar? p, int[1] dim, bool keepdim=False) -> Tensor
     * aten::norm.ScalarOpt_dim_dtype(Tensor self, Scalar? p, int[1] dim, bool keepdim, *, ScalarType dtype) -> Tensor
     * aten::norm.ScalarOpt_dtype(Tensor self, Scalar? p, *, ScalarType dtype) -> Tensor
     */
    norm(opts?: { p?: Scalar }): Tensor;
    norm(p: Scalar | null, dim: number | number[], opts?: { keepdim?: boolean }): Tensor;
    norm(p: Scalar | null, dim: number | number[], keepdim: boolean, dtype: DType): Tensor;
    norm(p: Scalar | null, dtype: DType): Tensor;
    /**
     * aten::normal_(Tensor(a!) self, float mean=0., float std=1., *, Generator? generator=None) -> Tensor(a!)
     */
    normal_(opts?: { mean?: number; std?: number; generator?: null }): this;
    /**
     * aten::normal_functional(Tensor self, float mean=0., float std=1., *, Generator? generator=None) -> Tensor
     */
    normalFunctional(opts?: { mean?: number; std?: number; generator?: null }): Tensor;
    /**
     * aten::not_equal.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::not_equal.Tensor(Tensor self, Tensor other) -> Tensor
     */
    notEqual(other: Scalar): Tensor;
    notEqual(other: Tensor): Tensor;
    /**
     * aten::not_equal_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::not_equal_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    notEqual_(other: Scalar): this;
    notEqual_(other: Tensor): this;
    /**
     * aten::nuclear_norm(Tensor self, bool keepdim=False) -> Tensor
     * aten::nuclear_norm.dim(Tensor self, int[2] dim, bool keepdim=False) -> Tensor
     */
    nuclearNorm(opts?: { keepdim?: boolean }): Tensor;
    nuclearNorm(dim: number | number[], opts?: { keepdim?: boolean }): Tensor;
    /**
     * aten::numpy_T(Tensor(a) self) -> Tensor(a)
     */
    numpy_T(): Tensor;
    /**
     * aten::one_hot(Tensor self, int num_classes=-1) -> Tensor
     */
    oneHot(opts?: { numClasses?: number }): Tensor;
    /**
     * aten::ones_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
     */
    onesLike(opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
    /**
     * aten::orgqr(Tensor self, Tensor input2) -> Tensor
     */
    orgqr(input2: Tensor): Tensor;
    /**
     * aten::ormqr(Tensor self, Tensor input2, Tensor input3, bool left=True, bool transpose=False) -> Tensor
     */
    ormqr(input2: Tensor, input3: Tensor, opts?: { left?: boolean; transpose?: boolean }): Tensor;
    /**
     * aten::outer(Tensor self, Tensor vec2) -> Tensor
     */
    outer(vec2: Tensor): Tensor;
    /**
     * aten::output_nr(Tensor self) -> int
     */
    outputNr(): number;
    /**
     * aten::pad(Tensor self, int[] pad, str mode="constant", float? value=None) -> Tensor
     */
    pad(pad: number[], opts?: { mode?: string; value?: number | null }): Tensor;
    /**
     * aten::pdist(Tensor self, float p=2.) -> Tensor
     */
    pdist(opts?: { p?: number }): Tensor;
    /**
     * aten::permute(Tensor(a) self, int[] dims) -> Tensor(a)
     */
    permute(dims: number[]): Tensor;
    /**
     * aten::permute_copy(Tensor self, int[] dims) -> Tensor
     */
    permuteCopy(dims: number[]): Tensor;
    /**
     * aten::pin_memory(Tensor(a) self, Device? device=None) -> Tensor(a)
     */
    pinMemory(opts?: { device?: string | null }): Tensor;
    /**
     * aten::pinverse(Tensor self, float rcond=1.0000000000000001e-15) -> Tensor
     */
    pinverse(opts?: { rcond?: number }): Tensor;
    /**
     * aten::pixel_shuffle(Tensor self, int upscale_factor) -> Tensor
     */
    pixelShuffle(upscaleFactor: number): Tensor;
    /**
     * aten::pixel_unshuffle(Tensor self, int downscale_factor) -> Tensor
     */
    pixelUnshuffle(downscaleFactor: number): Tensor;
    /**
     * aten::poisson(Tensor self, Generator? generator=None) -> Tensor
     */
    poisson(opts?: { generator?: null }): Tensor;
    /**
     * aten::polygamma_(Tensor(a!) self, int n) -> Tensor(a!)
     */
    polygamma_(n: number): this;
    /**
     * aten::positive(Tensor(a) self) -> Tensor(a)
     */
    positive(): Tensor;
    /**
     * aten::pow.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor
     * aten::pow.Tensor_Tensor(Tensor self, Tensor exponent) -> Tensor
     */
    pow(exponent: Scalar): Tensor;
    pow(exponent: Tensor): Tensor;
    /**
     * aten::pow_.Scalar(Tensor(a!) self, Scalar exponent) -> Tensor(a!)
     * aten::pow_.Tensor(Tensor(a!) self, Tensor exponent) -> Tensor(a!)
     */
    pow_(exponent: Scalar): this;
    pow_(exponent: Tensor): this;
    /**
     * aten::prelu(Tensor self, Tensor weight) -> Tensor
     */
    prelu(weight: Tensor): Tensor;
    /**
     * aten::prod(Tensor self, *, ScalarType? dtype=None) -> Tensor
     * aten::prod.dim_int(Tensor self, int dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
     */
    prod(opts?: { dtype?: DType | null }): Tensor;
    prod(dim: number, opts?: { keepdim?: boolean; dtype?: DType | null }): Tensor;
    /**
     * aten::put(Tensor self, Tensor index, Tensor source, bool accumulate=False) -> Tensor
     */
    put(index: Tensor, source: Tensor, opts?: { accumulate?: boolean }): Tensor;
    /**
     * aten::put_(Tensor(a!) self, Tensor index, Tensor source, bool accumulate=False) -> Tensor(a!)
     */
    put_(index: Tensor, source: Tensor, opts?: { accumulate?: boolean }): this;
    /**
     * aten::q_per_channel_axis(Tensor self) -> int
     */
    qPerChannelAxis(): number;
    /**
     * aten::q_per_channel_scales(Tensor self) -> Tensor
     */
    qPerChannelScales(): Tensor;
    /**
     * aten::q_per_channel_zero_points(Tensor self) -> Tensor
     */
    qPerChannelZeroPoints(): Tensor;
    /**
     * aten::q_scale(Tensor self) -> float
     */
    qScale(): number;
    /**
     * aten::q_zero_point(Tensor self) -> int
     */
    qZeroPoint(): number;
    /**
     * aten::qr(Tensor self, bool some=True) -> (Tensor Q, Tensor R)
     */
    qr(opts?: { some?: boolean }): [Tensor, Tensor];
    /**
     * aten::qscheme(Tensor self) -> QScheme
     */
    qscheme(): unknown;
    /**
     * aten::quantile(Tensor self, Tensor q, int? dim=None, bool keepdim=False, *, str interpolation="linear") -> Tensor
     * aten::quantile.scalar(Tensor self, float q, int? dim=None, bool keepdim=False, *, str interpolation="linear") -> Tensor
     */
    quantile(q: Tensor, opts?: { dim?: number | null; keepdim?: boolean; interpolation?: string }): Tensor;
    quantile(q: number, opts?: { dim?: number | null; keepdim?: boolean; interpolation?: string }): Tensor;
    /**
     * aten::quantize_per_channel(Tensor self, Tensor scales, Tensor zero_points, int axis, ScalarType dtype) -> Tensor
     */
    quantizePerChannel(scales: Tensor, zeroPoints: Tensor, axis: number, dtype: DType): Tensor;
    /**
     * aten::quantize_per_tensor(Tensor self, float scale, int zero_point, ScalarType dtype) -> Tensor
     * aten::quantize_per_tensor.tensor_qparams(Tensor self, Tensor scale, Tensor zero_point, ScalarType dtype) -> Tensor
     */
    quantizePerTensor(scale: number, zeroPoint: number, dtype: DType): Tensor;
    quantizePerTensor(scale: Tensor, zeroPoint: Tensor, dtype: DType): Tensor;
    /**
     * aten::quantize_per_tensor_dynamic(Tensor self, ScalarType dtype, bool reduce_range) -> Tensor
     */
    quantizePerTensorDynamic(dtype: DType, reduceRange: boolean): Tensor;
    /**
     * aten::rad2deg(Tensor self) -> Tensor
     */
    rad2deg(): Tensor;
    /**
     * aten::rad2deg_(Tensor(a!) self) -> Tensor(a!)
     */
    rad2deg_(): this;
    /**
     * aten::rand_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
     */
    randLike(opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
    /**
     * aten::randint_like(Tensor self, int high, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
     * aten::randint_like.low_dtype(Tensor self, int low, int high, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
     */
    randintLike(high: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
    randintLike(low: number, high: number, opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
    /**
     * aten::randn_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
     */
    randnLike(opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
    /**
     * aten::random(Tensor self, *, Generator? generator=None) -> Tensor
     * aten::random.from(Tensor self, int from, int? to, *, Generator? generator=None) -> Tensor
     * aten::random.to(Tensor self, int to, *, Generator? generator=None) -> Tensor
     */
    random(opts?: { generator?: null }): Tensor;
    random(from: number, to: number | null, opts?: { generator?: null }): Tensor;
    random(to: number, opts?: { generator?: null }): Tensor;
    /**
     * aten::random_(Tensor(a!) self, *, Generator? generator=None) -> Tensor(a!)
     * aten::random_.from(Tensor(a!) self, int from, int? to, *, Generator? generator=None) -> Tensor(a!)
     * aten::random_.to(Tensor(a!) self, int to, *, Generator? generator=None) -> Tensor(a!)
     */
    random_(opts?: { generator?: null }): this;
    random_(from: number, to: number | null, opts?: { generator?: null }): this;
    random_(to: number, opts?: { generator?: null }): this;
    /**
     * aten::ravel(Tensor(a) self) -> Tensor(a)
     */
    ravel(): Tensor;
    /**
     * aten::real(Tensor(a) self) -> Tensor(a)
     */
    real(): Tensor;
    /**
     * aten::reciprocal(Tensor self) -> Tensor
     */
    reciprocal(): Tensor;
    /**
     * aten::reciprocal_(Tensor(a!) self) -> Tensor(a!)
     */
    reciprocal_(): this;
    /**
     * aten::reflection_pad1d(Tensor self, int[2] padding) -> Tensor
     */
    reflectionPad1d(padding: number | number[]): Tensor;
    /**
     * aten::reflection_pad2d(Tensor self, int[4] padding) -> Tensor
     */
    reflectionPad2d(padding: number | number[]): Tensor;
    /**
     * aten::reflection_pad3d(Tensor self, int[6] padding) -> Tensor
     */
    reflectionPad3d(padding: number | number[]): Tensor;
    /**
     * aten::relu(Tensor self) -> Tensor
     */
    relu(): Tensor;
    /**
     * aten::relu6(Tensor self) -> Tensor
     */
    relu6(): Tensor;
    /**
     * aten::relu6_(Tensor(a!) self) -> Tensor(a!)
     */
    relu6_(): this;
    /**
     * aten::relu_(Tensor(a!) self) -> Tensor(a!)
     */
    relu_(): this;
    /**
     * aten::remainder.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::remainder.Tensor(Tensor self, Tensor other) -> Tensor
     */
    remainder(other: Scalar): Tensor;
    remainder(other: Tensor): Tensor;
    /**
     * aten::remainder_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::remainder_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    remainder_(other: Scalar): this;
    remainder_(other: Tensor): this;
    /**
     * aten::renorm(Tensor self, Scalar p, int dim, Scalar maxnorm) -> Tensor
     */
    renorm(p: Scalar, dim: number, maxnorm: Scalar): Tensor;
    /**
     * aten::renorm_(Tensor(a!) self, Scalar p, int dim, Scalar maxnorm) -> Tensor(a!)
     */
    renorm_(p: Scalar, dim: number, maxnorm: Scalar): this;
    /**
     * aten::repeat(Tensor self, SymInt[] repeats) -> Tensor
     */
    repeat(repeats: number[]): Tensor;
    /**
     * aten::repeat_interleave.self_Tensor(Tensor self, Tensor repeats, int? dim=None, *, int? output_size=None) -> Tensor
     * aten::repeat_interleave.self_int(Tensor self, int repeats, int? dim=None, *, int? output_size=None) -> Tensor
     */
    repeatInterleave(repeats: Tensor, opts?: { dim?: number | null; outputSize?: number | null }): Tensor;
    repeatInterleave(repeats: number, opts?: { dim?: number | null; outputSize?: number | null }): Tensor;
    /**
     * aten::replication_pad1d(Tensor self, int[2] padding) -> Tensor
     */
    replicationPad1d(padding: number | number[]): Tensor;
    /**
     * aten::replication_pad2d(Tensor self, int[4] padding) -> Tensor
     */
    replicationPad2d(padding: number | number[]): Tensor;
    /**
     * aten::replication_pad3d(Tensor self, int[6] padding) -> Tensor
     */
    replicationPad3d(padding: number | number[]): Tensor;
    /**
     * aten::reshape(Tensor(a) self, SymInt[] shape) -> Tensor(a)
     */
    reshape(shape: number[]): Tensor;
    /**
     * aten::reshape_as(Tensor(a) self, Tensor other) -> Tensor(a)
     */
    reshapeAs(other: Tensor): Tensor;
    /**
     * aten::resize(Tensor self, SymInt[] size, *, MemoryFormat? memory_format=None) -> Tensor
     */
    resize(size: number[], opts?: { memoryFormat?: MemoryFormat | null }): Tensor;
    /**
     * aten::resize_(Tensor(a!) self, SymInt[] size, *, MemoryFormat? memory_format=None) -> Tensor(a!)
     */
    resize_(size: number[], opts?: { memoryFormat?: MemoryFormat | null }): this;
    /**
     * aten::resize_as(Tensor self, Tensor the_template, *, MemoryFormat? memory_format=None) -> Tensor
     */
    resizeAs(theTemplate: Tensor, opts?: { memoryFormat?: MemoryFormat | null }): Tensor;
    /**
     * aten::resize_as_(Tensor(a!) self, Tensor the_template, *, MemoryFormat? memory_format=None) -> Tensor(a!)
     */
    resizeAs_(theTemplate: Tensor, opts?: { memoryFormat?: MemoryFormat | null }): this;
    /**
     * aten::resize_as_sparse(Tensor self, Tensor the_template) -> Tensor
     */
    resizeAsSparse(theTemplate: Tensor): Tensor;
    /**
     * aten::resize_as_sparse_(Tensor(a!) self, Tensor the_template) -> Tensor(a!)
     */
    resizeAsSparse_(theTemplate: Tensor): this;
    /**
     * aten::resolve_conj(Tensor(a) self) -> Tensor(a)
     */
    resolveConj(): Tensor;
    /**
     * aten::resolve_neg(Tensor(a) self) -> Tensor(a)
     */
    resolveNeg(): Tensor;
    /**
     * aten::retain_grad(Tensor(a!) self) -> ()
     */
    retainGrad(): void;
    /**
     * aten::retains_grad(Tensor self) -> bool
     */
    retainsGrad(): boolean;
    /**
     * aten::roll(Tensor self, int[1] shifts, int[1] dims=[]) -> Tensor
     */
    roll(shifts: number | number[], opts?: { dims?: number | number[] }): Tensor;
    /**
     * aten::rot90(Tensor self, int k=1, int[] dims=[0, 1]) -> Tensor
     */
    rot90(opts?: { k?: number; dims?: number[] }): Tensor;
    /**
     * aten::round(Tensor self) -> Tensor
     * aten::round.decimals(Tensor self, *, int decimals) -> Tensor
     */
    round(): Tensor;
    round(decimals: number): Tensor;
    /**
     * aten::round_(Tensor(a!) self) -> Tensor(a!)
     * aten::round_.decimals(Tensor(a!) self, *, int decimals) -> Tensor(a!)
     */
    round_(): this;
    round_(decimals: number): this;
    /**
     * aten::row_indices(Tensor(a) self) -> Tensor(a)
     */
    rowIndices(): Tensor;
    /**
     * aten::row_indices_copy(Tensor self) -> Tensor
     */
    rowIndicesCopy(): Tensor;
    /**
     * aten::rrelu(Tensor self, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor
     */
    rrelu(opts?: { lower?: Scalar; upper?: Scalar; training?: boolean; generator?: null }): Tensor;
    /**
     * aten::rrelu_(Tensor(a!) self, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor(a!)
     */
    rrelu_(opts?: { lower?: Scalar; upper?: Scalar; training?: boolean; generator?: null }): this;
    /**
     * aten::rrelu_with_noise(Tensor self, Tensor noise, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor
     */
    rreluWithNoise(noise: Tensor, opts?: { lower?: Scalar; upper?: Scalar; training?: boolean; generator?: null }): Tensor;
    /**
     * aten::rrelu_with_noise_(Tensor(a!) self, Tensor noise, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor(a!)
     */
    rreluWithNoise_(noise: Tensor, opts?: { lower?: Scalar; upper?: Scalar; training?: boolean; generator?: null }): this;
    /**
     * aten::rsqrt(Tensor self) -> Tensor
     */
    rsqrt(): Tensor;
    /**
     * aten::rsqrt_(Tensor(a!) self) -> Tensor(a!)
     */
    rsqrt_(): this;
    /**
     * aten::rsub.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor
     * aten::rsub.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor
     */
    rsub(other: Scalar, opts?: { alpha?: Scalar }): Tensor;
    rsub(other: Tensor, opts?: { alpha?: Scalar }): Tensor;
    /**
     * aten::scatter.dimname_src(Tensor self, str dim, Tensor index, Tensor src) -> Tensor
     * aten::scatter.dimname_value(Tensor self, str dim, Tensor index, Scalar value) -> Tensor
     * aten::scatter.reduce(Tensor self, int dim, Tensor index, Tensor src, *, str reduce) -> Tensor
     * aten::scatter.src(Tensor self, int dim, Tensor index, Tensor src) -> Tensor
     * aten::scatter.value(Tensor self, int dim, Tensor index, Scalar value) -> Tensor
     * aten::scatter.value_reduce(Tensor self, int dim, Tensor index, Scalar value, *, str reduce) -> Tensor
     */
    scatter(dim: string, index: Tensor, src: Tensor): Tensor;
    scatter(dim: string, index: Tensor, value: Scalar): Tensor;
    scatter(dim: number, index: Tensor, src: Tensor, reduce: string): Tensor;
    scatter(dim: number, index: Tensor, src: Tensor): Tensor;
    scatter(dim: number, index: Tensor, value: Scalar): Tensor;
    scatter(dim: number, index: Tensor, value: Scalar, reduce: string): Tensor;
    /**
     * aten::scatter_.reduce(Tensor(a!) self, int dim, Tensor index, Tensor src, *, str reduce) -> Tensor(a!)
     * aten::scatter_.src(Tensor(a!) self, int dim, Tensor index, Tensor src) -> Tensor(a!)
     * aten::scatter_.value(Tensor(a!) self, int dim, Tensor index, Scalar value) -> Tensor(a!)
     * aten::scatter_.value_reduce(Tensor(a!) self, int dim, Tensor index, Scalar value, *, str reduce) -> Tensor(a!)
     */
    scatter_(dim: number, index: Tensor, src: Tensor, reduce: string): this;
    scatter_(dim: number, index: Tensor, src: Tensor): this;
    scatter_(dim: number, index: Tensor, value: Scalar): this;
    scatter_(dim: number, index: Tensor, value: Scalar, reduce: string): this;
    /**
     * aten::scatter_add(Tensor self, int dim, Tensor index, Tensor src) -> Tensor
     * aten::scatter_add.dimname(Tensor self, str dim, Tensor index, Tensor src) -> Tensor
     */
    scatterAdd(dim: number, index: Tensor, src: Tensor): Tensor;
    scatterAdd(dim: string, index: Tensor, src: Tensor): Tensor;
    /**
     * aten::scatter_add_(Tensor(a!) self, int dim, Tensor index, Tensor src) -> Tensor(a!)
     */
    scatterAdd_(dim: number, index: Tensor, src: Tensor): this;
    /**
     * aten::scatter_reduce.two(Tensor self, int dim, Tensor index, Tensor src, str reduce, *, bool include_self=True) -> Tensor
     */
    scatterReduce(dim: number, index: Tensor, src: Tensor, reduce: string, opts?: { includeSelf?: boolean }): Tensor;
    /**
     * aten::scatter_reduce_.two(Tensor(a!) self, int dim, Tensor index, Tensor src, str reduce, *, bool include_self=True) -> Tensor(a!)
     */
    scatterReduce_(dim: number, index: Tensor, src: Tensor, reduce: string, opts?: { includeSelf?: boolean }): this;
    /**
     * aten::select.int(Tensor(a) self, int dim, int index) -> Tensor(a)
     */
    select(dim: number, index: number): Tensor;
    /**
     * aten::select_copy.int(Tensor self, int dim, int index) -> Tensor
     */
    selectCopy(dim: number, index: number): Tensor;
    /**
     * aten::select_scatter(Tensor self, Tensor src, int dim, int index) -> Tensor
     */
    selectScatter(src: Tensor, dim: number, index: number): Tensor;
    /**
     * aten::selu(Tensor self) -> Tensor
     */
    selu(): Tensor;
    /**
     * aten::selu_(Tensor(a!) self) -> Tensor(a!)
     */
    selu_(): this;
    /**
     * aten::set(Tensor self) -> Tensor
     * aten::set.source_Tensor(Tensor self, Tensor source) -> Tensor
     */
    set(): Tensor;
    set(source: Tensor): Tensor;
    /**
     * aten::set_(Tensor(a!) self) -> Tensor(a!)
     * aten::set_.source_Tensor(Tensor(a!) self, Tensor source) -> Tensor(a!)
     * aten::set_.source_Tensor_storage_offset(Tensor(a!) self, Tensor source, SymInt storage_offset, SymInt[] size, SymInt[] stride=[]) -> Tensor(a!)
     */
    set_(): this;
    set_(source: Tensor): this;
    set_(source: Tensor, storageOffset: number, size: number[], opts?: { stride?: number[] }): this;
    /**
     * aten::set_data(Tensor(a!) self, Tensor new_data) -> ()
     */
    setData(newData: Tensor): void;
    /**
     * aten::sgn(Tensor self) -> Tensor
     */
    sgn(): Tensor;
    /**
     * aten::sgn_(Tensor(a!) self) -> Tensor(a!)
     */
    sgn_(): this;
    /**
     * aten::sigmoid(Tensor self) -> Tensor
     */
    sigmoid(): Tensor;
    /**
     * aten::sigmoid_(Tensor(a!) self) -> Tensor(a!)
     */
    sigmoid_(): this;
    /**
     * aten::sign(Tensor self) -> Tensor
     */
    sign(): Tensor;
    /**
     * aten::sign_(Tensor(a!) self) -> Tensor(a!)
     */
    sign_(): this;
    /**
     * aten::signbit(Tensor self) -> Tensor
     */
    signbit(): Tensor;
    /**
     * aten::silu(Tensor self) -> Tensor
     */
    silu(): Tensor;
    /**
     * aten::silu_(Tensor(a!) self) -> Tensor(a!)
     */
    silu_(): this;
    /**
     * aten::sin(Tensor self) -> Tensor
     */
    sin(): Tensor;
    /**
     * aten::sin_(Tensor(a!) self) -> Tensor(a!)
     */
    sin_(): this;
    /**
     * aten::sinc(Tensor self) -> Tensor
     */
    sinc(): Tensor;
    /**
     * aten::sinc_(Tensor(a!) self) -> Tensor(a!)
     */
    sinc_(): this;
    /**
     * aten::sinh(Tensor self) -> Tensor
     */
    sinh(): Tensor;
    /**
     * aten::sinh_(Tensor(a!) self) -> Tensor(a!)
     */
    sinh_(): this;
    /**
     * aten::slice.Tensor(Tensor(a) self, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1) -> Tensor(a)
     */
    slice(opts?: { dim?: number; start?: number | null; end?: number | null; step?: number }): Tensor;
    /**
     * aten::slice_copy.Tensor(Tensor self, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1) -> Tensor
     */
    sliceCopy(opts?: { dim?: number; start?: number | null; end?: number | null; step?: number }): Tensor;
    /**
     * aten::slice_scatter(Tensor self, Tensor src, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1) -> Tensor
     */
    sliceScatter(src: Tensor, opts?: { dim?: number; start?: number | null; end?: number | null; step?: number }): Tensor;
    /**
     * aten::slogdet(Tensor self) -> (Tensor sign, Tensor logabsdet)
     */
    slogdet(): [Tensor, Tensor];
    /**
     * aten::slow_conv3d(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias=None, int[3] stride=1, int[3] padding=0) -> Tensor
     */
    slowConv3d(weight: Tensor, kernelSize: number | number[], opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[] }): Tensor;
    /**
     * aten::slow_conv_dilated2d(Tensor self, Tensor weight, int[2] kernel_size, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] dilation=1) -> Tensor
     */
    slowConvDilated2d(weight: Tensor, kernelSize: number | number[], opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[] }): Tensor;
    /**
     * aten::slow_conv_dilated3d(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias=None, int[3] stride=1, int[3] padding=0, int[3] dilation=1) -> Tensor
     */
    slowConvDilated3d(weight: Tensor, kernelSize: number | number[], opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; dilation?: number | number[] }): Tensor;
    /**
     * aten::slow_conv_transpose2d(Tensor self, Tensor weight, int[2] kernel_size, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] output_padding=0, int[2] dilation=1) -> Tensor
     */
    slowConvTranspose2d(weight: Tensor, kernelSize: number | number[], opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; outputPadding?: number | number[]; dilation?: number | number[] }): Tensor;
    /**
     * aten::slow_conv_transpose3d(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias=None, int[3] stride=1, int[3] padding=0, int[3] output_padding=0, int[3] dilation=1) -> Tensor
     */
    slowConvTranspose3d(weight: Tensor, kernelSize: number | number[], opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[]; outputPadding?: number | number[]; dilation?: number | number[] }): Tensor;
    /**
     * aten::smm(Tensor self, Tensor mat2) -> Tensor
     */
    smm(mat2: Tensor): Tensor;
    /**
     * aten::smooth_l1_loss(Tensor self, Tensor target, int reduction=1, float beta=1.) -> Tensor
     */
    smoothL1Loss(target: Tensor, opts?: { reduction?: number; beta?: number }): Tensor;
    /**
     * aten::soft_margin_loss(Tensor self, Tensor target, int reduction=1) -> Tensor
     */
    softMarginLoss(target: Tensor, opts?: { reduction?: number }): Tensor;
    /**
     * aten::softmax.int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor
     */
    softmax(dim: number, opts?: { dtype?: DType | null }): Tensor;
    /**
     * aten::softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor
     */
    softplus(opts?: { beta?: Scalar; threshold?: Scalar }): Tensor;
    /**
     * aten::softshrink(Tensor self, Scalar lambd=0.5) -> Tensor
     */
    softshrink(opts?: { lambd?: Scalar }): Tensor;
    /**
     * aten::sort(Tensor self, int dim=-1, bool descending=False) -> (Tensor values, Tensor indices)
     * aten::sort.dimname(Tensor self, str dim, bool descending=False) -> (Tensor values, Tensor indices)
     * aten::sort.dimname_stable(Tensor self, *, bool? stable, str dim, bool descending=False) -> (Tensor values, Tensor indices)
     * aten::sort.stable(Tensor self, *, bool? stable, int dim=-1, bool descending=False) -> (Tensor values, Tensor indices)
     */
    sort(opts?: { dim?: number; descending?: boolean }): [Tensor, Tensor];
    sort(dim: string, opts?: { descending?: boolean }): [Tensor, Tensor];
    sort(dim: string, opts?: { stable?: boolean | null; descending?: boolean }): [Tensor, Tensor];
    sort(opts?: { stable?: boolean | null; dim?: number; descending?: boolean }): [Tensor, Tensor];
    /**
     * aten::sparse_dim(Tensor self) -> int
     */
    sparseDim(): number;
    /**
     * aten::sparse_mask(Tensor self, Tensor mask) -> Tensor
     */
    sparseMask(mask: Tensor): Tensor;
    /**
     * aten::sparse_resize(Tensor self, int[] size, int sparse_dim, int dense_dim) -> Tensor
     */
    sparseResize(size: number[], sparseDim: number, denseDim: number): Tensor;
    /**
     * aten::sparse_resize_(Tensor(a!) self, int[] size, int sparse_dim, int dense_dim) -> Tensor(a!)
     */
    sparseResize_(size: number[], sparseDim: number, denseDim: number): this;
    /**
     * aten::sparse_resize_and_clear(Tensor self, int[] size, int sparse_dim, int dense_dim) -> Tensor
     */
    sparseResizeAndClear(size: number[], sparseDim: number, denseDim: number): Tensor;
    /**
     * aten::sparse_resize_and_clear_(Tensor(a!) self, int[] size, int sparse_dim, int dense_dim) -> Tensor(a!)
     */
    sparseResizeAndClear_(size: number[], sparseDim: number, denseDim: number): this;
    /**
     * aten::sparse_sampled_addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor
     */
    sparseSampledAddmm(mat1: Tensor, mat2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
    /**
     * aten::special_bessel_j0(Tensor self) -> Tensor
     */
    specialBesselJ0(): Tensor;
    /**
     * aten::special_bessel_j1(Tensor self) -> Tensor
     */
    specialBesselJ1(): Tensor;
    /**
     * aten::special_bessel_y0(Tensor self) -> Tensor
     */
    specialBesselY0(): Tensor;
    /**
     * aten::special_bessel_y1(Tensor self) -> Tensor
     */
    specialBesselY1(): Tensor;
    /**
     * aten::special_digamma(Tensor self) -> Tensor
     */
    specialDigamma(): Tensor;
    /**
     * aten::special_entr(Tensor self) -> Tensor
     */
    specialEntr(): Tensor;
    /**
     * aten::special_erf(Tensor self) -> Tensor
     */
    specialErf(): Tensor;
    /**
     * aten::special_erfc(Tensor self) -> Tensor
     */
    specialErfc(): Tensor;
    /**
     * aten::special_erfcx(Tensor self) -> Tensor
     */
    specialErfcx(): Tensor;
    /**
     * aten::special_erfinv(Tensor self) -> Tensor
     */
    specialErfinv(): Tensor;
    /**
     * aten::special_exp2(Tensor self) -> Tensor
     */
    specialExp2(): Tensor;
    /**
     * aten::special_expit(Tensor self) -> Tensor
     */
    specialExpit(): Tensor;
    /**
     * aten::special_expm1(Tensor self) -> Tensor
     */
    specialExpm1(): Tensor;
    /**
     * aten::special_gammainc(Tensor self, Tensor other) -> Tensor
     */
    specialGammainc(other: Tensor): Tensor;
    /**
     * aten::special_gammaincc(Tensor self, Tensor other) -> Tensor
     */
    specialGammaincc(other: Tensor): Tensor;
    /**
     * aten::special_gammaln(Tensor self) -> Tensor
     */
    specialGammaln(): Tensor;
    /**
     * aten::special_i0(Tensor self) -> Tensor
     */
    specialI0(): Tensor;
    /**
     * aten::special_i0e(Tensor self) -> Tensor
     */
    specialI0e(): Tensor;
    /**
     * aten::special_i1(Tensor self) -> Tensor
     */
    specialI1(): Tensor;
    /**
     * aten::special_i1e(Tensor self) -> Tensor
     */
    specialI1e(): Tensor;
    /**
     * aten::special_log1p(Tensor self) -> Tensor
     */
    specialLog1p(): Tensor;
    /**
     * aten::special_log_ndtr(Tensor self) -> Tensor
     */
    specialLogNdtr(): Tensor;
    /**
     * aten::special_log_softmax(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor
     */
    specialLogSoftmax(dim: number, opts?: { dtype?: DType | null }): Tensor;
    /**
     * aten::special_logit(Tensor self, float? eps=None) -> Tensor
     */
    specialLogit(opts?: { eps?: number | null }): Tensor;
    /**
     * aten::special_logsumexp(Tensor self, int[1] dim, bool keepdim=False) -> Tensor
     */
    specialLogsumexp(dim: number | number[], opts?: { keepdim?: boolean }): Tensor;
    /**
     * aten::special_modified_bessel_i0(Tensor self) -> Tensor
     */
    specialModifiedBesselI0(): Tensor;
    /**
     * aten::special_modified_bessel_i1(Tensor self) -> Tensor
     */
    specialModifiedBesselI1(): Tensor;
    /**
     * aten::special_modified_bessel_k0(Tensor self) -> Tensor
     */
    specialModifiedBesselK0(): Tensor;
    /**
     * aten::special_modified_bessel_k1(Tensor self) -> Tensor
     */
    specialModifiedBesselK1(): Tensor;
    /**
     * aten::special_multigammaln(Tensor self, int p) -> Tensor
     */
    specialMultigammaln(p: number): Tensor;
    /**
     * aten::special_ndtr(Tensor self) -> Tensor
     */
    specialNdtr(): Tensor;
    /**
     * aten::special_ndtri(Tensor self) -> Tensor
     */
    specialNdtri(): Tensor;
    /**
     * aten::special_psi(Tensor self) -> Tensor
     */
    specialPsi(): Tensor;
    /**
     * aten::special_round(Tensor self, *, int decimals=0) -> Tensor
     */
    specialRound(opts?: { decimals?: number }): Tensor;
    /**
     * aten::special_sinc(Tensor self) -> Tensor
     */
    specialSinc(): Tensor;
    /**
     * aten::special_softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor
     */
    specialSoftmax(dim: number, opts?: { dtype?: DType | null }): Tensor;
    /**
     * aten::special_xlog1py(Tensor self, Tensor other) -> Tensor
     * aten::special_xlog1py.other_scalar(Tensor self, Scalar other) -> Tensor
     */
    specialXlog1py(other: Tensor): Tensor;
    specialXlog1py(other: Scalar): Tensor;
    /**
     * aten::special_xlogy(Tensor self, Tensor other) -> Tensor
     * aten::special_xlogy.other_scalar(Tensor self, Scalar other) -> Tensor
     */
    specialXlogy(other: Tensor): Tensor;
    specialXlogy(other: Scalar): Tensor;
    /**
     * aten::special_zeta(Tensor self, Tensor other) -> Tensor
     * aten::special_zeta.other_scalar(Tensor self, Scalar other) -> Tensor
     */
    specialZeta(other: Tensor): Tensor;
    specialZeta(other: Scalar): Tensor;
    /**
     * aten::split.Tensor(Tensor(a -> *) self, int split_size, int dim=0) -> Tensor(a)[]
     * aten::split.sizes(Tensor(a -> *) self, int[] split_size, int dim=0) -> Tensor(a)[]
     */
    split(splitSize: number, opts?: { dim?: number }): Tensor[];
    split(splitSize: number[], opts?: { dim?: number }): Tensor[];
    /**
     * aten::split_copy.Tensor(Tensor self, int split_size, int dim=0) -> Tensor[]
     */
    splitCopy(splitSize: number, opts?: { dim?: number }): Tensor[];
    /**
     * aten::split_with_sizes(Tensor(a -> *) self, int[] split_sizes, int dim=0) -> Tensor(a)[]
     */
    splitWithSizes(splitSizes: number[], opts?: { dim?: number }): Tensor[];
    /**
     * aten::split_with_sizes_copy(Tensor self, int[] split_sizes, int dim=0) -> Tensor[]
     */
    splitWithSizesCopy(splitSizes: number[], opts?: { dim?: number }): Tensor[];
    /**
     * aten::sqrt(Tensor self) -> Tensor
     */
    sqrt(): Tensor;
    /**
     * aten::sqrt_(Tensor(a!) self) -> Tensor(a!)
     */
    sqrt_(): this;
    /**
     * aten::square(Tensor self) -> Tensor
     */
    square(): Tensor;
    /**
     * aten::square_(Tensor(a!) self) -> Tensor(a!)
     */
    square_(): this;
    /**
     * aten::squeeze(Tensor(a) self) -> Tensor(a)
     * aten::squeeze.dim(Tensor(a) self, int dim) -> Tensor(a)
     * aten::squeeze.dimname(Tensor(a) self, str dim) -> Tensor(a)
     */
    squeeze(): Tensor;
    squeeze(dim: number): Tensor;
    squeeze(dim: string): Tensor;
    /**
     * aten::squeeze_(Tensor(a!) self) -> Tensor(a!)
     * aten::squeeze_.dim(Tensor(a!) self, int dim) -> Tensor(a!)
     * aten::squeeze_.dimname(Tensor(a!) self, str dim) -> Tensor(a!)
     */
    squeeze_(): this;
    squeeze_(dim: number): this;
    squeeze_(dim: string): this;
    /**
     * aten::squeeze_copy(Tensor self) -> Tensor
     * aten::squeeze_copy.dim(Tensor self, int dim) -> Tensor
     */
    squeezeCopy(): Tensor;
    squeezeCopy(dim: number): Tensor;
    /**
     * aten::sspaddmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor
     */
    sspaddmm(mat1: Tensor, mat2: Tensor, opts?: { beta?: Scalar; alpha?: Scalar }): Tensor;
    /**
     * aten::std(Tensor self, bool unbiased=True) -> Tensor
     * aten::std.correction(Tensor self, int[1]? dim, *, int? correction, bool keepdim=False) -> Tensor
     * aten::std.dim(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False) -> Tensor
     */
    std(opts?: { unbiased?: boolean }): Tensor;
    std(dim: number | number[] | null, opts?: { correction?: number | null; keepdim?: boolean }): Tensor;
    std(dim: number | number[] | null, opts?: { unbiased?: boolean; keepdim?: boolean }): Tensor;
    /**
     * aten::std_mean(Tensor self, bool unbiased=True) -> (Tensor, Tensor)
     * aten::std_mean.correction(Tensor self, int[1]? dim, *, int? correction, bool keepdim=False) -> (Tensor, Tensor)
     * aten::std_mean.dim(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False) -> (Tensor, Tensor)
     */
    stdMean(opts?: { unbiased?: boolean }): [Tensor, Tensor];
    stdMean(dim: number | number[] | null, opts?: { correction?: number | null; keepdim?: boolean }): [Tensor, Tensor];
    stdMean(dim: number | number[] | null, opts?: { unbiased?: boolean; keepdim?: boolean }): [Tensor, Tensor];
    /**
     * aten::stft(Tensor self, int n_fft, int? hop_length=None, int? win_length=None, Tensor? window=None, bool normalized=False, bool? onesided=None, bool? return_complex=None) -> Tensor
     * aten::stft.center(Tensor self, int n_fft, int? hop_length=None, int? win_length=None, Tensor? window=None, bool center=True, str pad_mode="reflect", bool normalized=False, bool? onesided=None, bool? return_complex=None) -> Tensor
     */
    stft(nFft: number, opts?: { hopLength?: number | null; winLength?: number | null; window?: Tensor | null; normalized?: boolean; onesided?: boolean | null; returnComplex?: boolean | null }): Tensor;
    stft(nFft: number, opts?: { hopLength?: number | null; winLength?: number | null; window?: Tensor | null; center?: boolean; padMode?: string; normalized?: boolean; onesided?: boolean | null; returnComplex?: boolean | null }): Tensor;
    /**
     * aten::stride.int(Tensor self, int dim) -> int
     */
    stride(dim: number): number;
    /**
     * aten::sub.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor
     * aten::sub.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor
     */
    sub(other: Scalar, opts?: { alpha?: Scalar }): Tensor;
    sub(other: Tensor, opts?: { alpha?: Scalar }): Tensor;
    /**
     * aten::sub_.Scalar(Tensor(a!) self, Scalar other, Scalar alpha=1) -> Tensor(a!)
     * aten::sub_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)
     */
    sub_(other: Scalar, opts?: { alpha?: Scalar }): this;
    sub_(other: Tensor, opts?: { alpha?: Scalar }): this;
    /**
     * aten::subtract.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor
     * aten::subtract.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor
     */
    subtract(other: Scalar, opts?: { alpha?: Scalar }): Tensor;
    subtract(other: Tensor, opts?: { alpha?: Scalar }): Tensor;
    /**
     * aten::subtract_.Scalar(Tensor(a!) self, Scalar other, Scalar alpha=1) -> Tensor(a!)
     * aten::subtract_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)
     */
    subtract_(other: Scalar, opts?: { alpha?: Scalar }): this;
    subtract_(other: Tensor, opts?: { alpha?: Scalar }): this;
    /**
     * aten::sum(Tensor self, *, ScalarType? dtype=None) -> Tensor
     * aten::sum.dim_IntList(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
     */
    sum(opts?: { dtype?: DType | null }): Tensor;
    sum(dim: number | number[] | null, opts?: { keepdim?: boolean; dtype?: DType | null }): Tensor;
    /**
     * aten::sum_to_size(Tensor self, int[] size) -> Tensor
     */
    sumToSize(size: number[]): Tensor;
    /**
     * aten::svd(Tensor self, bool some=True, bool compute_uv=True) -> (Tensor U, Tensor S, Tensor V)
     */
    svd(opts?: { some?: boolean; computeUv?: boolean }): [Tensor, Tensor, Tensor];
    /**
     * aten::swapaxes(Tensor(a) self, int axis0, int axis1) -> Tensor(a)
     */
    swapaxes(axis0: number, axis1: number): Tensor;
    /**
     * aten::swapaxes_(Tensor(a!) self, int axis0, int axis1) -> Tensor(a!)
     */
    swapaxes_(axis0: number, axis1: number): this;
    /**
     * aten::swapdims(Tensor(a) self, int dim0, int dim1) -> Tensor(a)
     */
    swapdims(dim0: number, dim1: number): Tensor;
    /**
     * aten::swapdims_(Tensor(a!) self, int dim0, int dim1) -> Tensor(a!)
     */
    swapdims_(dim0: number, dim1: number): this;
    /**
     * aten::symeig(Tensor self, bool eigenvectors=False, bool upper=True) -> (Tensor eigenvalues, Tensor eigenvectors)
     */
    symeig(opts?: { eigenvectors?: boolean; upper?: boolean }): [Tensor, Tensor];
    /**
     * aten::t(Tensor(a) self) -> Tensor(a)
     */
    t(): Tensor;
    /**
     * aten::t_(Tensor(a!) self) -> Tensor(a!)
     */
    t_(): this;
    /**
     * aten::t_copy(Tensor self) -> Tensor
     */
    tCopy(): Tensor;
    /**
     * aten::take(Tensor self, Tensor index) -> Tensor
     */
    take(index: Tensor): Tensor;
    /**
     * aten::take_along_dim(Tensor self, Tensor indices, int? dim=None) -> Tensor
     */
    takeAlongDim(indices: Tensor, opts?: { dim?: number | null }): Tensor;
    /**
     * aten::tan(Tensor self) -> Tensor
     */
    tan(): Tensor;
    /**
     * aten::tan_(Tensor(a!) self) -> Tensor(a!)
     */
    tan_(): this;
    /**
     * aten::tanh(Tensor self) -> Tensor
     */
    tanh(): Tensor;
    /**
     * aten::tanh_(Tensor(a!) self) -> Tensor(a!)
     */
    tanh_(): this;
    /**
     * aten::tensor_split.indices(Tensor(a -> *) self, int[] indices, int dim=0) -> Tensor(a)[]
     * aten::tensor_split.sections(Tensor(a -> *) self, int sections, int dim=0) -> Tensor(a)[]
     * aten::tensor_split.tensor_indices_or_sections(Tensor(a -> *) self, Tensor tensor_indices_or_sections, int dim=0) -> Tensor(a)[]
     */
    tensorSplit(indices: number[], opts?: { dim?: number }): Tensor[];
    tensorSplit(sections: number, opts?: { dim?: number }): Tensor[];
    tensorSplit(tensorIndicesOrSections: Tensor, opts?: { dim?: number }): Tensor[];
    /**
     * aten::tensordot(Tensor self, Tensor other, int[] dims_self, int[] dims_other) -> Tensor
     */
    tensordot(other: Tensor, dimsSelf: number[], dimsOther: number[]): Tensor;
    /**
     * aten::thnn_conv2d(Tensor self, Tensor weight, int[2] kernel_size, Tensor? bias=None, int[2] stride=1, int[2] padding=0) -> Tensor
     */
    thnnConv2d(weight: Tensor, kernelSize: number | number[], opts?: { bias?: Tensor | null; stride?: number | number[]; padding?: number | number[] }): Tensor;
    /**
     * aten::threshold(Tensor self, Scalar threshold, Scalar value) -> Tensor
     */
    threshold(threshold: Scalar, value: Scalar): Tensor;
    /**
     * aten::threshold_(Tensor(a!) self, Scalar threshold, Scalar value) -> Tensor(a!)
     */
    threshold_(threshold: Scalar, value: Scalar): this;
    /**
     * aten::tile(Tensor self, int[] dims) -> Tensor
     */
    tile(dims: number[]): Tensor;
    /**
     * aten::to_dense(Tensor self, ScalarType? dtype=None) -> Tensor
     */
    toDense(opts?: { dtype?: DType | null }): Tensor;
    /**
     * aten::to_mkldnn(Tensor self, ScalarType? dtype=None) -> Tensor
     */
    toMkldnn(opts?: { dtype?: DType | null }): Tensor;
    /**
     * aten::to_padded_tensor(Tensor self, float padding, int[]? output_size=None) -> Tensor
     */
    toPaddedTensor(padding: number, opts?: { outputSize?: number[] | null }): Tensor;
    /**
     * aten::to_sparse(Tensor self) -> Tensor
     * aten::to_sparse.sparse_dim(Tensor self, int sparse_dim) -> Tensor
     */
    toSparse(): Tensor;
    toSparse(sparseDim: number): Tensor;
    /**
     * aten::to_sparse_bsc(Tensor self, int[2] blocksize) -> Tensor
     */
    toSparseBsc(blocksize: number | number[]): Tensor;
    /**
     * aten::to_sparse_bsr(Tensor self, int[2] blocksize) -> Tensor
     */
    toSparseBsr(blocksize: number | number[]): Tensor;
    /**
     * aten::to_sparse_csc(Tensor self) -> Tensor
     */
    toSparseCsc(): Tensor;
    /**
     * aten::to_sparse_csr(Tensor self) -> Tensor
     */
    toSparseCsr(): Tensor;
    /**
     * aten::topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)
     */
    topk(k: number, opts?: { dim?: number; largest?: boolean; sorted?: boolean }): [Tensor, Tensor];
    /**
     * aten::trace(Tensor self) -> Tensor
     */
    trace(): Tensor;
    /**
     * aten::transpose.int(Tensor(a) self, int dim0, int dim1) -> Tensor(a)
     */
    transpose(dim0: number, dim1: number): Tensor;
    /**
     * aten::transpose_(Tensor(a!) self, int dim0, int dim1) -> Tensor(a!)
     */
    transpose_(dim0: number, dim1: number): this;
    /**
     * aten::transpose_copy.int(Tensor self, int dim0, int dim1) -> Tensor
     */
    transposeCopy(dim0: number, dim1: number): Tensor;
    /**
     * aten::triangular_solve(Tensor self, Tensor A, bool upper=True, bool transpose=False, bool unitriangular=False) -> (Tensor solution, Tensor cloned_coefficient)
     */
    triangularSolve(A: Tensor, opts?: { upper?: boolean; transpose?: boolean; unitriangular?: boolean }): [Tensor, Tensor];
    /**
     * aten::tril(Tensor self, int diagonal=0) -> Tensor
     */
    tril(opts?: { diagonal?: number }): Tensor;
    /**
     * aten::tril_(Tensor(a!) self, int diagonal=0) -> Tensor(a!)
     */
    tril_(opts?: { diagonal?: number }): this;
    /**
     * aten::triu(Tensor self, int diagonal=0) -> Tensor
     */
    triu(opts?: { diagonal?: number }): Tensor;
    /**
     * aten::triu_(Tensor(a!) self, int diagonal=0) -> Tensor(a!)
     */
    triu_(opts?: { diagonal?: number }): this;
    /**
     * aten::true_divide.Scalar(Tensor self, Scalar other) -> Tensor
     * aten::true_divide.Tensor(Tensor self, Tensor other) -> Tensor
     */
    trueDivide(other: Scalar): Tensor;
    trueDivide(other: Tensor): Tensor;
    /**
     * aten::true_divide_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::true_divide_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    trueDivide_(other: Scalar): this;
    trueDivide_(other: Tensor): this;
    /**
     * aten::trunc(Tensor self) -> Tensor
     */
    trunc(): Tensor;
    /**
     * aten::trunc_(Tensor(a!) self) -> Tensor(a!)
     */
    trunc_(): this;
    /**
     * aten::type_as(Tensor self, Tensor other) -> Tensor
     */
    typeAs(other: Tensor): Tensor;
    /**
     * aten::unbind.int(Tensor(a -> *) self, int dim=0) -> Tensor(a)[]
     */
    unbind(opts?: { dim?: number }): Tensor[];
    /**
     * aten::unbind_copy.int(Tensor self, int dim=0) -> Tensor[]
     */
    unbindCopy(opts?: { dim?: number }): Tensor[];
    /**
     * aten::unflatten.int(Tensor(a) self, int dim, int[] sizes) -> Tensor(a)
     */
    unflatten(dim: number, sizes: number[]): Tensor;
    /**
     * aten::unfold(Tensor(a) self, int dimension, int size, int step) -> Tensor(a)
     */
    unfold(dimension: number, size: number, step: number): Tensor;
    /**
     * aten::unfold_copy(Tensor self, int dimension, int size, int step) -> Tensor
     */
    unfoldCopy(dimension: number, size: number, step: number): Tensor;
    /**
     * aten::uniform(Tensor self, float from=0., float to=1., *, Generator? generator=None) -> Tensor
     */
    uniform(opts?: { from?: number; to?: number; generator?: null }): Tensor;
    /**
     * aten::uniform_(Tensor(a!) self, float from=0., float to=1., *, Generator? generator=None) -> Tensor(a!)
     */
    uniform_(opts?: { from?: number; to?: number; generator?: null }): this;
    /**
     * aten::unique_consecutive(Tensor self, bool return_inverse=False, bool return_counts=False, int? dim=None) -> (Tensor, Tensor, Tensor)
     */
    uniqueConsecutive(opts?: { returnInverse?: boolean; returnCounts?: boolean; dim?: number | null }): [Tensor, Tensor, Tensor];
    /**
     * aten::unique_dim(Tensor self, int dim, bool sorted=True, bool return_inverse=False, bool return_counts=False) -> (Tensor, Tensor, Tensor)
     */
    uniqueDim(dim: number, opts?: { sorted?: boolean; returnInverse?: boolean; returnCounts?: boolean }): [Tensor, Tensor, Tensor];
    /**
     * aten::unique_dim_consecutive(Tensor self, int dim, bool return_inverse=False, bool return_counts=False) -> (Tensor, Tensor, Tensor)
     */
    uniqueDimConsecutive(dim: number, opts?: { returnInverse?: boolean; returnCounts?: boolean }): [Tensor, Tensor, Tensor];
    /**
     * aten::unsafe_chunk(Tensor self, int chunks, int dim=0) -> Tensor[]
     */
    unsafeChunk(chunks: number, opts?: { dim?: number }): Tensor[];
    /**
     * aten::unsafe_split.Tensor(Tensor self, int split_size, int dim=0) -> Tensor[]
     */
    unsafeSplit(splitSize: number, opts?: { dim?: number }): Tensor[];
    /**
     * aten::unsafe_split_with_sizes(Tensor self, int[] split_sizes, int dim=0) -> Tensor[]
     */
    unsafeSplitWithSizes(splitSizes: number[], opts?: { dim?: number }): Tensor[];
    /**
     * aten::unsqueeze(Tensor(a) self, int dim) -> Tensor(a)
     */
    unsqueeze(dim: number): Tensor;
    /**
     * aten::unsqueeze_(Tensor(a!) self, int dim) -> Tensor(a!)
     */
    unsqueeze_(dim: number): this;
    /**
     * aten::unsqueeze_copy(Tensor self, int dim) -> Tensor
     */
    unsqueezeCopy(dim: number): Tensor;
    /**
     * aten::upsample_bicubic2d(Tensor self, SymInt[2] output_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor
     */
    upsampleBicubic2d(outputSize: number | number[], alignCorners: boolean, opts?: { scalesH?: number | null; scalesW?: number | null }): Tensor;
    /**
     * aten::upsample_bilinear2d(Tensor self, SymInt[2] output_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor
     */
    upsampleBilinear2d(outputSize: number | number[], alignCorners: boolean, opts?: { scalesH?: number | null; scalesW?: number | null }): Tensor;
    /**
     * aten::upsample_linear1d(Tensor self, SymInt[1] output_size, bool align_corners, float? scales=None) -> Tensor
     */
    upsampleLinear1d(outputSize: number | number[], alignCorners: boolean, opts?: { scales?: number | null }): Tensor;
    /**
     * aten::upsample_nearest1d(Tensor self, SymInt[1] output_size, float? scales=None) -> Tensor
     */
    upsampleNearest1d(outputSize: number | number[], opts?: { scales?: number | null }): Tensor;
    /**
     * aten::upsample_nearest2d(Tensor self, SymInt[2] output_size, float? scales_h=None, float? scales_w=None) -> Tensor
     */
    upsampleNearest2d(outputSize: number | number[], opts?: { scalesH?: number | null; scalesW?: number | null }): Tensor;
    /**
     * aten::upsample_nearest3d(Tensor self, SymInt[3] output_size, float? scales_d=None, float? scales_h=None, float? scales_w=None) -> Tensor
     */
    upsampleNearest3d(outputSize: number | number[], opts?: { scalesD?: number | null; scalesH?: number | null; scalesW?: number | null }): Tensor;
    /**
     * aten::upsample_trilinear3d(Tensor self, SymInt[3] output_size, bool align_corners, float? scales_d=None, float? scales_h=None, float? scales_w=None) -> Tensor
     */
    upsampleTrilinear3d(outputSize: number | number[], alignCorners: boolean, opts?: { scalesD?: number | null; scalesH?: number | null; scalesW?: number | null }): Tensor;
    /**
     * aten::values(Tensor(a) self) -> Tensor(a)
     */
    values(): Tensor;
    /**
     * aten::values_copy(Tensor self) -> Tensor
     */
    valuesCopy(): Tensor;
    /**
     * aten::var_mean(Tensor self, bool unbiased=True) -> (Tensor, Tensor)
     * aten::var_mean.correction(Tensor self, int[1]? dim, *, int? correction, bool keepdim=False) -> (Tensor, Tensor)
     * aten::var_mean.dim(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False) -> (Tensor, Tensor)
     */
    varMean(opts?: { unbiased?: boolean }): [Tensor, Tensor];
    varMean(dim: number | number[] | null, opts?: { correction?: number | null; keepdim?: boolean }): [Tensor, Tensor];
    varMean(dim: number | number[] | null, opts?: { unbiased?: boolean; keepdim?: boolean }): [Tensor, Tensor];
    /**
     * aten::vdot(Tensor self, Tensor other) -> Tensor
     */
    vdot(other: Tensor): Tensor;
    /**
     * aten::view(Tensor(a) self, SymInt[] size) -> Tensor(a)
     * aten::view.dtype(Tensor(a) self, ScalarType dtype) -> Tensor(a)
     */
    view(size: number[]): Tensor;
    view(dtype: DType): Tensor;
    /**
     * aten::view_as(Tensor(a) self, Tensor other) -> Tensor(a)
     */
    viewAs(other: Tensor): Tensor;
    /**
     * aten::view_as_complex(Tensor(a) self) -> Tensor(a)
     */
    viewAsComplex(): Tensor;
    /**
     * aten::view_as_complex_copy(Tensor self) -> Tensor
     */
    viewAsComplexCopy(): Tensor;
    /**
     * aten::view_as_real(Tensor(a) self) -> Tensor(a)
     */
    viewAsReal(): Tensor;
    /**
     * aten::view_as_real_copy(Tensor self) -> Tensor
     */
    viewAsRealCopy(): Tensor;
    /**
     * aten::view_copy(Tensor self, SymInt[] size) -> Tensor
     * aten::view_copy.dtype(Tensor self, ScalarType dtype) -> Tensor
     */
    viewCopy(size: number[]): Tensor;
    viewCopy(dtype: DType): Tensor;
    /**
     * aten::vsplit.array(Tensor(a -> *) self, int[] indices) -> Tensor(a)[]
     * aten::vsplit.int(Tensor(a -> *) self, int sections) -> Tensor(a)[]
     */
    vsplit(indices: number[]): Tensor[];
    vsplit(sections: number): Tensor[];
    /**
     * aten::xlogy.Scalar_Other(Tensor self, Scalar other) -> Tensor
     * aten::xlogy.Tensor(Tensor self, Tensor other) -> Tensor
     */
    xlogy(other: Scalar): Tensor;
    xlogy(other: Tensor): Tensor;
    /**
     * aten::xlogy_.Scalar_Other(Tensor(a!) self, Scalar other) -> Tensor(a!)
     * aten::xlogy_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)
     */
    xlogy_(other: Scalar): this;
    xlogy_(other: Tensor): this;
    /**
     * aten::zero(Tensor self) -> Tensor
     */
    zero(): Tensor;
    /**
     * aten::zero_(Tensor(a!) self) -> Tensor(a!)
     */
    zero_(): this;
    /**
     * aten::zeros_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor
     */
    zerosLike(opts?: { dtype?: DType | null; layout?: Layout | null; device?: string | null; pinMemory?: boolean | null; memoryFormat?: MemoryFormat | null }): Tensor;
  }
}

const proto = Tensor.prototype as any;
proto.abs = function (this: Tensor) {
  return $t(native.call1(op(0), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.abs_ = function (this: Tensor) {
  native.call1(op(1), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.absolute = function (this: Tensor) {
  return $t(native.call1(op(2), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.absolute_ = function (this: Tensor) {
  native.call1(op(3), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.acos = function (this: Tensor) {
  return $t(native.call1(op(4), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.acos_ = function (this: Tensor) {
  native.call1(op(5), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.acosh = function (this: Tensor) {
  return $t(native.call1(op(6), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.acosh_ = function (this: Tensor) {
  native.call1(op(7), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.adaptiveAvgPool1d = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(8), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.adaptiveAvgPool2d = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(9), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.adaptiveAvgPool3d = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(10), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.adaptiveMaxPool1d = function (this: Tensor, a1?: unknown) {
  return native.call(op(11), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.adaptiveMaxPool2d = function (this: Tensor, a1?: unknown) {
  return native.call(op(12), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.adaptiveMaxPool3d = function (this: Tensor, a1?: unknown) {
  return native.call(op(13), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.add = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(14), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.add_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(15), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.addbmm = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(16), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.addbmm_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(17), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.addcdiv = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(18), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.addcdiv_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(19), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.addcmul = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(20), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.addcmul_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(21), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.addmm = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(22), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.addmm_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(23), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.addmv = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(24), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.addmv_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(25), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.addr = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(26), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.addr_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(27), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.adjoint = function (this: Tensor) {
  return $t(native.call1(op(28), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.alias = function (this: Tensor) {
  return $t(native.call1(op(30), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.aliasCopy = function (this: Tensor) {
  return $t(native.call1(op(31), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.all = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(32), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.allclose = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(33), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.alphaDropout_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(35), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.amax = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(36), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.amin = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(37), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.aminmax = function (this: Tensor, a1?: unknown) {
  return native.call(op(38), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.angle = function (this: Tensor) {
  return $t(native.call1(op(39), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.any = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(40), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.arccos = function (this: Tensor) {
  return $t(native.call1(op(42), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.arccos_ = function (this: Tensor) {
  native.call1(op(43), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.arccosh = function (this: Tensor) {
  return $t(native.call1(op(44), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.arccosh_ = function (this: Tensor) {
  native.call1(op(45), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.arcsin = function (this: Tensor) {
  return $t(native.call1(op(46), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.arcsin_ = function (this: Tensor) {
  native.call1(op(47), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.arcsinh = function (this: Tensor) {
  return $t(native.call1(op(48), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.arcsinh_ = function (this: Tensor) {
  native.call1(op(49), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.arctan = function (this: Tensor) {
  return $t(native.call1(op(50), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.arctan2 = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(51), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.arctan2_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(52), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.arctan_ = function (this: Tensor) {
  native.call1(op(53), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.arctanh = function (this: Tensor) {
  return $t(native.call1(op(54), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.arctanh_ = function (this: Tensor) {
  native.call1(op(55), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.argmax = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(56), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.argmin = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(57), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.argsort = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(58), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.argwhere = function (this: Tensor) {
  return $t(native.call1(op(59), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.asStrided = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(60), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.asStrided_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(61), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.asStridedCopy = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(62), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.asStridedScatter = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  return $t(native.call1(op(63), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4)));
};
proto.asin = function (this: Tensor) {
  return $t(native.call1(op(64), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.asin_ = function (this: Tensor) {
  native.call1(op(65), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.asinh = function (this: Tensor) {
  return $t(native.call1(op(66), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.asinh_ = function (this: Tensor) {
  native.call1(op(67), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.atan = function (this: Tensor) {
  return $t(native.call1(op(68), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.atan2 = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(69), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.atan2_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(70), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.atan_ = function (this: Tensor) {
  native.call1(op(71), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.atanh = function (this: Tensor) {
  return $t(native.call1(op(72), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.atanh_ = function (this: Tensor) {
  native.call1(op(73), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.atleast1d = function (this: Tensor) {
  return $t(native.call1(op(74), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.atleast2d = function (this: Tensor) {
  return $t(native.call1(op(75), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.atleast3d = function (this: Tensor) {
  return $t(native.call1(op(76), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.avgPool1d = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(77), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.avgPool2d = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(78), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.avgPool3d = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(79), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.baddbmm = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(80), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.baddbmm_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(81), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.bernoulli = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(89), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.bernoulli_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(90), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.binaryCrossEntropy = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(92), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.binaryCrossEntropyWithLogits = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(93), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.bincount = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(94), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.bitwiseAnd = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(96), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.bitwiseAnd_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(97), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.bitwiseLeftShift = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(98), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.bitwiseLeftShift_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(99), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.bitwiseNot = function (this: Tensor) {
  return $t(native.call1(op(100), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.bitwiseNot_ = function (this: Tensor) {
  native.call1(op(101), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.bitwiseOr = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(102), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.bitwiseOr_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(103), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.bitwiseRightShift = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(104), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.bitwiseRightShift_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(105), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.bitwiseXor = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(106), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.bitwiseXor_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(107), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.bmm = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(110), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.broadcastTo = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(112), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.bucketize = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(113), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.cauchy = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(117), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.cauchy_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(118), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.ccolIndices = function (this: Tensor) {
  return $t(native.call1(op(119), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.ccolIndicesCopy = function (this: Tensor) {
  return $t(native.call1(op(120), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.ceil = function (this: Tensor) {
  return $t(native.call1(op(122), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.ceil_ = function (this: Tensor) {
  native.call1(op(123), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.celu = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(124), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.celu_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(125), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.chalf = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(127), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.channelShuffle = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(128), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.cholesky = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(129), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.choleskyInverse = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(130), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.choleskySolve = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(131), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.chunk = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(133), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.clamp = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(134), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.clamp_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(135), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.clampMax = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(136), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.clampMax_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(137), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.clampMin = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(138), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.clampMin_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(139), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.clip = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(140), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.clip_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(141), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.clone = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(142), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.coalesce = function (this: Tensor) {
  return $t(native.call1(op(143), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.col2im = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown) {
  return $t(native.call1(op(144), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)));
};
proto.colIndices = function (this: Tensor) {
  return $t(native.call1(op(145), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.colIndicesCopy = function (this: Tensor) {
  return $t(native.call1(op(146), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.combinations = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(148), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.conj = function (this: Tensor) {
  return $t(native.call1(op(152), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.conjPhysical = function (this: Tensor) {
  return $t(native.call1(op(153), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.conjPhysical_ = function (this: Tensor) {
  native.call1(op(154), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.constantPadNd = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(155), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.contiguous = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(156), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.convDepthwise3d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown) {
  return $t(native.call1(op(160), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6)));
};
proto.convTbc = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(161), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.copy = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(167), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.copy_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(168), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.copySparseToSparse = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(169), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.copySparseToSparse_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(170), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.copysign = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(171), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.copysign_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(172), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.corrcoef = function (this: Tensor) {
  return $t(native.call1(op(173), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.cos = function (this: Tensor) {
  return $t(native.call1(op(174), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.cos_ = function (this: Tensor) {
  native.call1(op(175), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.cosh = function (this: Tensor) {
  return $t(native.call1(op(176), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.cosh_ = function (this: Tensor) {
  native.call1(op(177), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.countNonzero = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(180), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.cov = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(181), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.cross = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(182), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.crossEntropyLoss = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(183), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.crowIndices = function (this: Tensor) {
  return $t(native.call1(op(184), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.crowIndicesCopy = function (this: Tensor) {
  return $t(native.call1(op(185), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.cummax = function (this: Tensor, a1?: unknown) {
  return native.call(op(187), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.cummin = function (this: Tensor, a1?: unknown) {
  return native.call(op(188), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.cumprod = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(189), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.cumprod_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(190), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.cumsum = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(191), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.cumsum_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(192), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.deg2rad = function (this: Tensor) {
  return $t(native.call1(op(195), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.deg2rad_ = function (this: Tensor) {
  native.call1(op(196), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.denseDim = function (this: Tensor) {
  return native.call(op(197), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.dequantize = function (this: Tensor) {
  return $t(native.call1(op(198), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.det = function (this: Tensor) {
  return $t(native.call1(op(199), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.detach = function (this: Tensor) {
  return $t(native.call1(op(200), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.detach_ = function (this: Tensor) {
  native.call1(op(201), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.detachCopy = function (this: Tensor) {
  return $t(native.call1(op(202), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.diag = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(203), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.diagEmbed = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(204), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.diagflat = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(205), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.diagonal = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(206), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.diagonalCopy = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(207), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.diagonalScatter = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(208), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.diff = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(209), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.digamma = function (this: Tensor) {
  return $t(native.call1(op(210), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.digamma_ = function (this: Tensor) {
  native.call1(op(211), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.dist = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(212), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.div = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(213), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.div_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(214), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.divide = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(215), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.divide_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(216), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.dot = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(217), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.dropout_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(219), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.dsplit = function (this: Tensor, a1?: unknown) {
  return native.call(op(220), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.elu = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(223), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.elu_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(224), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.embeddingRenorm = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(227), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.embeddingRenorm_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(228), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.emptyLike = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(230), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.eq = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(233), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.eq_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(234), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.equal = function (this: Tensor, a1?: unknown) {
  return native.call(op(235), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.erf = function (this: Tensor) {
  return $t(native.call1(op(236), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.erf_ = function (this: Tensor) {
  native.call1(op(237), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.erfc = function (this: Tensor) {
  return $t(native.call1(op(238), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.erfc_ = function (this: Tensor) {
  native.call1(op(239), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.erfinv = function (this: Tensor) {
  return $t(native.call1(op(240), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.erfinv_ = function (this: Tensor) {
  native.call1(op(241), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.exp = function (this: Tensor) {
  return $t(native.call1(op(242), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.exp2 = function (this: Tensor) {
  return $t(native.call1(op(243), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.exp2_ = function (this: Tensor) {
  native.call1(op(244), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.exp_ = function (this: Tensor) {
  native.call1(op(245), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.expand = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(246), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.expandAs = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(247), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.expandCopy = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(248), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.expm1 = function (this: Tensor) {
  return $t(native.call1(op(249), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.expm1_ = function (this: Tensor) {
  native.call1(op(250), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.exponential = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(251), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.exponential_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(252), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.fakeQuantizePerChannelAffine = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown) {
  return $t(native.call1(op(254), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)));
};
proto.fakeQuantizePerChannelAffineCachemask = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown) {
  return native.call(op(255), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4), $h(a5));
};
proto.fakeQuantizePerTensorAffine = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  return $t(native.call1(op(256), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4)));
};
proto.fakeQuantizePerTensorAffineCachemask = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  return native.call(op(257), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4));
};
proto.featureAlphaDropout_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(259), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.featureDropout_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(261), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.fftFft = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(262), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftFft2 = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(263), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftFftn = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(265), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftFftshift = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(266), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftHfft = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(267), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftHfft2 = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(268), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftHfftn = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(269), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftIfft = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(270), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftIfft2 = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(271), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftIfftn = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(272), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftIfftshift = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(273), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftIhfft = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(274), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftIhfft2 = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(275), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftIhfftn = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(276), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftIrfft = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(277), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftIrfft2 = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(278), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftIrfftn = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(279), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftRfft = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(280), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftRfft2 = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(281), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fftRfftn = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(283), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fill = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(284), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fill_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(285), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.fillDiagonal_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(286), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.fix = function (this: Tensor) {
  return $t(native.call1(op(287), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.fix_ = function (this: Tensor) {
  native.call1(op(288), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.flatten = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(289), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.flip = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(291), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fliplr = function (this: Tensor) {
  return $t(native.call1(op(292), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.flipud = function (this: Tensor) {
  return $t(native.call1(op(293), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.floatPower = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(294), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.floatPower_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(295), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.floor = function (this: Tensor) {
  return $t(native.call1(op(296), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.floor_ = function (this: Tensor) {
  native.call1(op(297), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.floorDivide = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(298), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.floorDivide_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(299), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.fmax = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(300), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fmin = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(301), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fmod = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(302), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.fmod_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(303), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.frac = function (this: Tensor) {
  return $t(native.call1(op(304), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.frac_ = function (this: Tensor) {
  native.call1(op(305), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.fractionalMaxPool2d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return native.call(op(306), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3));
};
proto.fractionalMaxPool3d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return native.call(op(307), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3));
};
proto.frexp = function (this: Tensor) {
  return native.call(op(308), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.frobeniusNorm = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(309), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.fullLike = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(312), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.fusedMovingAvgObsFakeQuant = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown, a6?: unknown, a7?: unknown, a8?: unknown, a9?: unknown, a10?: unknown, a11?: unknown) {
  return $t(native.call1(op(313), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | $m(a6, 64) | $m(a7, 128) | $m(a8, 256) | $m(a9, 512) | $m(a10, 1024) | $m(a11, 2048) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4), $h(a5), $h(a6), $h(a7), $h(a8), $h(a9), $h(a10), $h(a11)));
};
proto.gather = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(314), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.gcd = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(315), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.gcd_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(316), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.ge = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(317), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.ge_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(318), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.gelu = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(319), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.gelu_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(320), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.geometric = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(321), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.geometric_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(322), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.geqrf = function (this: Tensor) {
  return native.call(op(323), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.ger = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(324), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.glu = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(326), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.gradient = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return native.call(op(328), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3));
};
proto.greater = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(329), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.greater_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(330), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.greaterEqual = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(331), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.greaterEqual_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(332), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.gt = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(339), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.gt_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(340), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.hardshrink = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(343), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.hardsigmoid = function (this: Tensor) {
  return $t(native.call1(op(344), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.hardsigmoid_ = function (this: Tensor) {
  native.call1(op(345), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.hardswish = function (this: Tensor) {
  return $t(native.call1(op(346), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.hardswish_ = function (this: Tensor) {
  native.call1(op(347), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.hardtanh = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(348), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.hardtanh_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(349), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.heaviside = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(350), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.heaviside_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(351), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.hingeEmbeddingLoss = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(352), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.histc = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(353), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.histogram = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(354), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.histogramdd = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(355), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.hsplit = function (this: Tensor, a1?: unknown) {
  return native.call(op(356), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.huberLoss = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(359), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.hypot = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(360), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.hypot_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(361), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.i0 = function (this: Tensor) {
  return $t(native.call1(op(362), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.i0_ = function (this: Tensor) {
  native.call1(op(363), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.igamma = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(364), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.igamma_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(365), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.igammac = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(366), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.igammac_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(367), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.im2col = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  return $t(native.call1(op(368), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4)));
};
proto.imag = function (this: Tensor) {
  return $t(native.call1(op(369), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.indexAdd = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  return $t(native.call1(op(371), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4)));
};
proto.indexAdd_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  native.call1(op(372), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4)); return this;
};
proto.indexCopy = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(373), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.indexCopy_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(374), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.indexFill = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(375), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.indexFill_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(376), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.indexReduce = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown) {
  return $t(native.call1(op(379), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)));
};
proto.indexReduce_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown) {
  native.call1(op(380), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)); return this;
};
proto.indexSelect = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(381), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.indices = function (this: Tensor) {
  return $t(native.call1(op(382), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.indicesCopy = function (this: Tensor) {
  return $t(native.call1(op(383), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.inner = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(384), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.intRepr = function (this: Tensor) {
  return $t(native.call1(op(386), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.inverse = function (this: Tensor) {
  return $t(native.call1(op(387), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.isCoalesced = function (this: Tensor) {
  return native.call(op(388), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.isComplex = function (this: Tensor) {
  return native.call(op(389), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.isConj = function (this: Tensor) {
  return native.call(op(390), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.isDistributed = function (this: Tensor) {
  return native.call(op(391), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.isFloatingPoint = function (this: Tensor) {
  return native.call(op(392), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.isNeg = function (this: Tensor) {
  return native.call(op(395), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.isNonzero = function (this: Tensor) {
  return native.call(op(396), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.isPinned = function (this: Tensor, a1?: unknown) {
  return native.call(op(397), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.isSameSize = function (this: Tensor, a1?: unknown) {
  return native.call(op(398), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.isSetTo = function (this: Tensor, a1?: unknown) {
  return native.call(op(399), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.isSigned = function (this: Tensor) {
  return native.call(op(400), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.isclose = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(402), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.isfinite = function (this: Tensor) {
  return $t(native.call1(op(403), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.isinf = function (this: Tensor) {
  return $t(native.call1(op(405), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.isnan = function (this: Tensor) {
  return $t(native.call1(op(406), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.isneginf = function (this: Tensor) {
  return $t(native.call1(op(407), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.isposinf = function (this: Tensor) {
  return $t(native.call1(op(408), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.isreal = function (this: Tensor) {
  return $t(native.call1(op(409), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.istft = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(410), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.klDiv = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(413), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.kron = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(414), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.kthvalue = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return native.call(op(415), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3));
};
proto.l1Loss = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(416), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.lcm = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(418), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.lcm_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(419), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.ldexp = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(420), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.ldexp_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(421), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.le = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(422), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.le_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(423), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.leakyRelu = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(424), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.leakyRelu_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(425), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.lerp = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(426), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.lerp_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(427), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.less = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(428), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.less_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(429), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.lessEqual = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(430), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.lessEqual_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(431), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.lgamma = function (this: Tensor) {
  return $t(native.call1(op(432), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.lgamma_ = function (this: Tensor) {
  native.call1(op(433), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.lift = function (this: Tensor) {
  return $t(native.call1(op(434), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.liftFresh = function (this: Tensor) {
  return $t(native.call1(op(435), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.liftFreshCopy = function (this: Tensor) {
  return $t(native.call1(op(436), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.linalgCholesky = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(437), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.linalgCholeskyEx = function (this: Tensor, a1?: unknown) {
  return native.call(op(438), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.linalgCond = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(439), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.linalgCross = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(440), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.linalgEig = function (this: Tensor) {
  return native.call(op(443), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.linalgEigh = function (this: Tensor, a1?: unknown) {
  return native.call(op(444), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.linalgEigvals = function (this: Tensor) {
  return $t(native.call1(op(445), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.linalgEigvalsh = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(446), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.linalgLdlFactor = function (this: Tensor, a1?: unknown) {
  return native.call(op(450), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.linalgLdlFactorEx = function (this: Tensor, a1?: unknown) {
  return native.call(op(451), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.linalgLstsq = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(453), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.linalgMatmul = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(458), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.linalgMatrixExp = function (this: Tensor) {
  return $t(native.call1(op(459), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.linalgMatrixNorm = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(460), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.linalgMatrixPower = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(461), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.linalgMatrixRank = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(462), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.linalgNorm = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(464), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.linalgPinv = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(465), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.linalgSolveTriangular = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(470), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.linalgTensorinv = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(473), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.linalgTensorsolve = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(474), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.linalgVectorNorm = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(477), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.log = function (this: Tensor) {
  return $t(native.call1(op(480), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.log10 = function (this: Tensor) {
  return $t(native.call1(op(481), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.log10_ = function (this: Tensor) {
  native.call1(op(482), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.log1p = function (this: Tensor) {
  return $t(native.call1(op(483), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.log1p_ = function (this: Tensor) {
  native.call1(op(484), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.log2 = function (this: Tensor) {
  return $t(native.call1(op(485), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.log2_ = function (this: Tensor) {
  native.call1(op(486), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.log_ = function (this: Tensor) {
  native.call1(op(487), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.logNormal = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(488), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.logNormal_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(489), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.logSigmoid = function (this: Tensor) {
  return $t(native.call1(op(490), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.logSoftmax = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(491), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.logaddexp = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(492), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.logaddexp2 = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(493), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.logcumsumexp = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(494), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.logdet = function (this: Tensor) {
  return $t(native.call1(op(495), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.logicalAnd = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(496), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.logicalAnd_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(497), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.logicalNot = function (this: Tensor) {
  return $t(native.call1(op(498), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.logicalNot_ = function (this: Tensor) {
  native.call1(op(499), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.logicalOr = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(500), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.logicalOr_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(501), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.logicalXor = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(502), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.logicalXor_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(503), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.logit = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(504), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.logit_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(505), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.logsumexp = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(507), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.lt = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(510), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.lt_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(511), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.luSolve = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(512), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.mH = function (this: Tensor) {
  return $t(native.call1(op(514), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.mT = function (this: Tensor) {
  return $t(native.call1(op(515), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.maskedFill = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(517), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.maskedFill_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(518), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.maskedScatter = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(519), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.maskedScatter_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(520), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.maskedSelect = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(521), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.matmul = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(522), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.matrix_H = function (this: Tensor) {
  return $t(native.call1(op(523), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.matrixExp = function (this: Tensor) {
  return $t(native.call1(op(524), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.matrixPower = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(525), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.max = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(526), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.maxPool1d = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(527), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.maxPool1dWithIndices = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(528), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.maxPool2d = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(529), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.maxPool2dWithIndices = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(530), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.maxPool3d = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(531), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.maxPool3dWithIndices = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(532), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.maxUnpool2d = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(533), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.maxUnpool3d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  return $t(native.call1(op(534), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4)));
};
proto.maximum = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(535), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.mean = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(536), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.median = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(537), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.min = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(539), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.minimum = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(540), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.mish = function (this: Tensor) {
  return $t(native.call1(op(541), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.mish_ = function (this: Tensor) {
  native.call1(op(542), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.mm = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(543), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.mode = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(544), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.moveaxis = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(545), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.movedim = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(546), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.mseLoss = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(547), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.msort = function (this: Tensor) {
  return $t(native.call1(op(548), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.mul = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(549), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.mul_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(550), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.multiMarginLoss = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(551), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.multilabelMarginLoss = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(552), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.multinomial = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(553), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.multiply = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(554), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.multiply_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(555), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.mv = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(556), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.mvlgamma = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(557), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.mvlgamma_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(558), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.nanToNum = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(559), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.nanToNum_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(560), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.nanmean = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(561), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.nanmedian = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(562), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.nanquantile = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(563), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.nansum = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(564), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.narrow = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(565), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.narrowCopy = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(566), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.nativeChannelShuffle = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(568), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.nativeNorm = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  return $t(native.call1(op(572), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4)));
};
proto.ne = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(573), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.ne_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(574), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.neg = function (this: Tensor) {
  return $t(native.call1(op(575), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.neg_ = function (this: Tensor) {
  native.call1(op(576), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.negative = function (this: Tensor) {
  return $t(native.call1(op(577), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.negative_ = function (this: Tensor) {
  native.call1(op(578), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.nestedToPaddedTensor = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(579), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.newEmpty = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(580), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.newEmptyStrided = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(581), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.newFull = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(582), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.newOnes = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(583), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.newZeros = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(584), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.nextafter = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(585), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.nextafter_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(586), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.nllLoss = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(587), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.nllLoss2d = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(588), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.nllLossNd = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(589), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.nonzero = function (this: Tensor) {
  return $t(native.call1(op(590), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.nonzeroNumpy = function (this: Tensor) {
  return native.call(op(591), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.norm = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  return $t(native.call1(op(592), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4)));
};
proto.normal_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(595), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.normalFunctional = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(596), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.notEqual = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(597), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.notEqual_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(598), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.nuclearNorm = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(599), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.numpy_T = function (this: Tensor) {
  return $t(native.call1(op(600), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.oneHot = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(601), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.onesLike = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(603), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.orgqr = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(604), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.ormqr = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(605), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.outer = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(606), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.outputNr = function (this: Tensor) {
  return native.call(op(607), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.pad = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(608), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.pdist = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(611), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.permute = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(612), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.permuteCopy = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(613), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.pinMemory = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(614), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.pinverse = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(615), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.pixelShuffle = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(616), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.pixelUnshuffle = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(617), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.poisson = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(618), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.polygamma_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(622), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.positive = function (this: Tensor) {
  return $t(native.call1(op(623), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.pow = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(624), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.pow_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(625), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.prelu = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(626), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.prod = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(627), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.put = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(629), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.put_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(630), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.qPerChannelAxis = function (this: Tensor) {
  return native.call(op(631), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.qPerChannelScales = function (this: Tensor) {
  return $t(native.call1(op(632), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.qPerChannelZeroPoints = function (this: Tensor) {
  return $t(native.call1(op(633), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.qScale = function (this: Tensor) {
  return native.call(op(634), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.qZeroPoint = function (this: Tensor) {
  return native.call(op(635), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.qr = function (this: Tensor, a1?: unknown) {
  return native.call(op(636), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.qscheme = function (this: Tensor) {
  return native.call(op(637), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.quantile = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(638), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.quantizePerChannel = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  return $t(native.call1(op(639), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4)));
};
proto.quantizePerTensor = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(640), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.quantizePerTensorDynamic = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(641), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.rad2deg = function (this: Tensor) {
  return $t(native.call1(op(642), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.rad2deg_ = function (this: Tensor) {
  native.call1(op(643), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.randLike = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(645), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.randintLike = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(647), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.randnLike = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(649), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.random = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(650), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.random_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(651), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.ravel = function (this: Tensor) {
  return $t(native.call1(op(654), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.real = function (this: Tensor) {
  return $t(native.call1(op(655), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.reciprocal = function (this: Tensor) {
  return $t(native.call1(op(656), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.reciprocal_ = function (this: Tensor) {
  native.call1(op(657), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.reflectionPad1d = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(658), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.reflectionPad2d = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(659), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.reflectionPad3d = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(660), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.relu = function (this: Tensor) {
  return $t(native.call1(op(661), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.relu6 = function (this: Tensor) {
  return $t(native.call1(op(662), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.relu6_ = function (this: Tensor) {
  native.call1(op(663), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.relu_ = function (this: Tensor) {
  native.call1(op(664), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.remainder = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(665), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.remainder_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(666), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.renorm = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(667), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.renorm_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(668), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.repeat = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(669), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.repeatInterleave = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(670), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.replicationPad1d = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(671), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.replicationPad2d = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(672), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.replicationPad3d = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(673), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.reshape = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(675), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.reshapeAs = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(676), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.resize = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(677), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.resize_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(678), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.resizeAs = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(679), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.resizeAs_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(680), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.resizeAsSparse = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(681), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.resizeAsSparse_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(682), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.resolveConj = function (this: Tensor) {
  return $t(native.call1(op(683), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.resolveNeg = function (this: Tensor) {
  return $t(native.call1(op(684), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.retainGrad = function (this: Tensor) {
  return native.call(op(686), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.retainsGrad = function (this: Tensor) {
  return native.call(op(687), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.roll = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(692), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.rot90 = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(693), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.round = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(694), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.round_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(695), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.rowIndices = function (this: Tensor) {
  return $t(native.call1(op(696), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.rowIndicesCopy = function (this: Tensor) {
  return $t(native.call1(op(697), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.rrelu = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(699), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.rrelu_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(700), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.rreluWithNoise = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(701), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.rreluWithNoise_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(702), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.rsqrt = function (this: Tensor) {
  return $t(native.call1(op(703), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.rsqrt_ = function (this: Tensor) {
  native.call1(op(704), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.rsub = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(705), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.scatter = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  return $t(native.call1(op(707), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4)));
};
proto.scatter_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  native.call1(op(708), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4)); return this;
};
proto.scatterAdd = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(709), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.scatterAdd_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(710), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.scatterReduce = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown) {
  return $t(native.call1(op(711), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)));
};
proto.scatterReduce_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown, a5?: unknown) {
  native.call1(op(712), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | $m(a5, 32) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4), $h(a5)); return this;
};
proto.select = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(715), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.selectCopy = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(716), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.selectScatter = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(717), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.selu = function (this: Tensor) {
  return $t(native.call1(op(718), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.selu_ = function (this: Tensor) {
  native.call1(op(719), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.set = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(720), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.set_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown, a4?: unknown) {
  native.call1(op(721), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | $m(a4, 16) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3), $h(a4)); return this;
};
proto.setData = function (this: Tensor, a1?: unknown) {
  return native.call(op(722), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.sgn = function (this: Tensor) {
  return $t(native.call1(op(723), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.sgn_ = function (this: Tensor) {
  native.call1(op(724), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.sigmoid = function (this: Tensor) {
  return $t(native.call1(op(725), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.sigmoid_ = function (this: Tensor) {
  native.call1(op(726), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.sign = function (this: Tensor) {
  return $t(native.call1(op(727), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.sign_ = function (this: Tensor) {
  native.call1(op(728), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.signbit = function (this: Tensor) {
  return $t(native.call1(op(729), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.silu = function (this: Tensor) {
  return $t(native.call1(op(730), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.silu_ = function (this: Tensor) {
  native.call1(op(731), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.sin = function (this: Tensor) {
  return $t(native.call1(op(732), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.sin_ = function (this: Tensor) {
  native.call1(op(733), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.sinc = function (this: Tensor) {
  return $t(native.call1(op(734), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.sinc_ = function (this: Tensor) {
  native.call1(op(735), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.sinh = function (this: Tensor) {
  return $t(native.call1(op(736), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.sinh_ = function (this: Tensor) {
  native.call1(op(737), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.slice = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(739), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.sliceCopy = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(740), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.sliceScatter = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(741), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.slogdet = function (this: Tensor) {
  return native.call(op(742), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.slowConv3d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(743), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.slowConvDilated2d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(744), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.slowConvDilated3d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(745), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.slowConvTranspose2d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(746), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.slowConvTranspose3d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(747), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.smm = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(748), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.smoothL1Loss = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(749), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.softMarginLoss = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(750), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.softmax = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(751), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.softplus = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(752), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.softshrink = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(753), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.sort = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(754), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.sparseDim = function (this: Tensor) {
  return native.call(op(761), 1 | ((arguments.length + 1) << 24), this._h);
};
proto.sparseMask = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(762), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.sparseResize = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(763), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.sparseResize_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(764), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.sparseResizeAndClear = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(765), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.sparseResizeAndClear_ = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  native.call1(op(766), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)); return this;
};
proto.sparseSampledAddmm = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(767), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.specialBesselJ0 = function (this: Tensor) {
  return $t(native.call1(op(769), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialBesselJ1 = function (this: Tensor) {
  return $t(native.call1(op(770), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialBesselY0 = function (this: Tensor) {
  return $t(native.call1(op(771), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialBesselY1 = function (this: Tensor) {
  return $t(native.call1(op(772), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialDigamma = function (this: Tensor) {
  return $t(native.call1(op(777), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialEntr = function (this: Tensor) {
  return $t(native.call1(op(778), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialErf = function (this: Tensor) {
  return $t(native.call1(op(779), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialErfc = function (this: Tensor) {
  return $t(native.call1(op(780), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialErfcx = function (this: Tensor) {
  return $t(native.call1(op(781), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialErfinv = function (this: Tensor) {
  return $t(native.call1(op(782), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialExp2 = function (this: Tensor) {
  return $t(native.call1(op(783), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialExpit = function (this: Tensor) {
  return $t(native.call1(op(784), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialExpm1 = function (this: Tensor) {
  return $t(native.call1(op(785), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialGammainc = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(786), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.specialGammaincc = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(787), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.specialGammaln = function (this: Tensor) {
  return $t(native.call1(op(788), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialI0 = function (this: Tensor) {
  return $t(native.call1(op(791), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialI0e = function (this: Tensor) {
  return $t(native.call1(op(792), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialI1 = function (this: Tensor) {
  return $t(native.call1(op(793), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialI1e = function (this: Tensor) {
  return $t(native.call1(op(794), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialLog1p = function (this: Tensor) {
  return $t(native.call1(op(797), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialLogNdtr = function (this: Tensor) {
  return $t(native.call1(op(798), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialLogSoftmax = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(799), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.specialLogit = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(800), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.specialLogsumexp = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(801), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.specialModifiedBesselI0 = function (this: Tensor) {
  return $t(native.call1(op(802), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialModifiedBesselI1 = function (this: Tensor) {
  return $t(native.call1(op(803), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialModifiedBesselK0 = function (this: Tensor) {
  return $t(native.call1(op(804), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialModifiedBesselK1 = function (this: Tensor) {
  return $t(native.call1(op(805), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialMultigammaln = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(806), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.specialNdtr = function (this: Tensor) {
  return $t(native.call1(op(807), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialNdtri = function (this: Tensor) {
  return $t(native.call1(op(808), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialPsi = function (this: Tensor) {
  return $t(native.call1(op(810), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialRound = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(811), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.specialSinc = function (this: Tensor) {
  return $t(native.call1(op(818), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.specialSoftmax = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(819), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.specialXlog1py = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(821), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.specialXlogy = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(822), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.specialZeta = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(823), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.split = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(824), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.splitCopy = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(825), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.splitWithSizes = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(826), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.splitWithSizesCopy = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(827), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.sqrt = function (this: Tensor) {
  return $t(native.call1(op(828), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.sqrt_ = function (this: Tensor) {
  native.call1(op(829), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.square = function (this: Tensor) {
  return $t(native.call1(op(830), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.square_ = function (this: Tensor) {
  native.call1(op(831), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.squeeze = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(832), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.squeeze_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(833), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.squeezeCopy = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(834), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.sspaddmm = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(835), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.std = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(837), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.stdMean = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(838), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.stft = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(839), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.stride = function (this: Tensor, a1?: unknown) {
  return native.call(op(840), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.sub = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(841), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.sub_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(842), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.subtract = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(843), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.subtract_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(844), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.sum = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(845), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.sumToSize = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(846), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.svd = function (this: Tensor, a1?: unknown) {
  return native.call(op(847), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.swapaxes = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(848), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.swapaxes_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(849), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.swapdims = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(850), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.swapdims_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(851), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.symeig = function (this: Tensor, a1?: unknown) {
  return native.call(op(852), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.t = function (this: Tensor) {
  return $t(native.call1(op(853), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.t_ = function (this: Tensor) {
  native.call1(op(854), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.tCopy = function (this: Tensor) {
  return $t(native.call1(op(855), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.take = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(856), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.takeAlongDim = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(857), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.tan = function (this: Tensor) {
  return $t(native.call1(op(858), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.tan_ = function (this: Tensor) {
  native.call1(op(859), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.tanh = function (this: Tensor) {
  return $t(native.call1(op(860), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.tanh_ = function (this: Tensor) {
  native.call1(op(861), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.tensorSplit = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(862), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.tensordot = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(863), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.thnnConv2d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(864), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.threshold = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(865), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.threshold_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(866), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.tile = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(867), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.toDense = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(869), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.toMkldnn = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(870), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.toPaddedTensor = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(871), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.toSparse = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(872), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.toSparseBsc = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(873), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.toSparseBsr = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(874), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.toSparseCsc = function (this: Tensor) {
  return $t(native.call1(op(875), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.toSparseCsr = function (this: Tensor) {
  return $t(native.call1(op(876), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.topk = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(877), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.trace = function (this: Tensor) {
  return $t(native.call1(op(878), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.transpose = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(879), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.transpose_ = function (this: Tensor, a1?: unknown, a2?: unknown) {
  native.call1(op(880), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)); return this;
};
proto.transposeCopy = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(881), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.triangularSolve = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(884), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.tril = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(885), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.tril_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(886), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.triu = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(889), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.triu_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(890), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.trueDivide = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(892), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.trueDivide_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(893), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.trunc = function (this: Tensor) {
  return $t(native.call1(op(894), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.trunc_ = function (this: Tensor) {
  native.call1(op(895), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.typeAs = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(896), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.unbind = function (this: Tensor, a1?: unknown) {
  return native.call(op(897), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.unbindCopy = function (this: Tensor, a1?: unknown) {
  return native.call(op(898), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.unflatten = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(899), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.unfold = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(901), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.unfoldCopy = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(902), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.uniform = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(903), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.uniform_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(904), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.uniqueConsecutive = function (this: Tensor, a1?: unknown) {
  return native.call(op(905), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.uniqueDim = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(906), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.uniqueDimConsecutive = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(907), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.unsafeChunk = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(908), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.unsafeSplit = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(909), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.unsafeSplitWithSizes = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(910), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.unsqueeze = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(911), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.unsqueeze_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(912), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.unsqueezeCopy = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(913), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.upsampleBicubic2d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(914), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.upsampleBilinear2d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(915), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.upsampleLinear1d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(916), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.upsampleNearest1d = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(917), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.upsampleNearest2d = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(918), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.upsampleNearest3d = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return $t(native.call1(op(919), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2)));
};
proto.upsampleTrilinear3d = function (this: Tensor, a1?: unknown, a2?: unknown, a3?: unknown) {
  return $t(native.call1(op(920), 1 | $m(a1, 2) | $m(a2, 4) | $m(a3, 8) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2), $h(a3)));
};
proto.values = function (this: Tensor) {
  return $t(native.call1(op(921), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.valuesCopy = function (this: Tensor) {
  return $t(native.call1(op(922), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.varMean = function (this: Tensor, a1?: unknown, a2?: unknown) {
  return native.call(op(924), 1 | $m(a1, 2) | $m(a2, 4) | ((arguments.length + 1) << 24), this._h, $h(a1), $h(a2));
};
proto.vdot = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(925), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.view = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(926), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.viewAs = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(927), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.viewAsComplex = function (this: Tensor) {
  return $t(native.call1(op(928), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.viewAsComplexCopy = function (this: Tensor) {
  return $t(native.call1(op(929), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.viewAsReal = function (this: Tensor) {
  return $t(native.call1(op(930), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.viewAsRealCopy = function (this: Tensor) {
  return $t(native.call1(op(931), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.viewCopy = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(932), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.vsplit = function (this: Tensor, a1?: unknown) {
  return native.call(op(933), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1));
};
proto.xlogy = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(936), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};
proto.xlogy_ = function (this: Tensor, a1?: unknown) {
  native.call1(op(937), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)); return this;
};
proto.zero = function (this: Tensor) {
  return $t(native.call1(op(938), 1 | ((arguments.length + 1) << 24), this._h));
};
proto.zero_ = function (this: Tensor) {
  native.call1(op(939), 1 | ((arguments.length + 1) << 24), this._h); return this;
};
proto.zerosLike = function (this: Tensor, a1?: unknown) {
  return $t(native.call1(op(941), 1 | $m(a1, 2) | ((arguments.length + 1) << 24), this._h, $h(a1)));
};

/** Names of the generated operator functions. */
export const GENERATED_OPS: readonly string[] = NAMES;
